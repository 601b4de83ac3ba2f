package org.centralino.core.phonebook;

import java.util.Locale;
import java.util.Optional;

/**
 * Who sees a contact (seed 004 "Rubrica NethCTI"): a personal contact is private (its owner only), public (every
 * user finds it in the search) or speed dial (private, and listed among the owner's speed dials). A contact of the
 * company phonebook is {@link #SHARED}: everyone reads it, the phonebook managers write it.
 */
public enum ContactVisibility {
    PRIVATE, PUBLIC, SPEEDDIAL, SHARED;

    /** The API and CSV spelling: lower case. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a personal contact's visibility (not the shared phonebook). */
    public boolean personal() {
        return this != SHARED;
    }

    /** Only the owner sees it: private and speed dial. */
    public boolean ownerOnly() {
        return this == PRIVATE || this == SPEEDDIAL;
    }

    public static Optional<ContactVisibility> parse(String wire) {
        for (ContactVisibility v : values()) {
            if (v.wire().equals(wire)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
