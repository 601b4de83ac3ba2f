package org.centralino.core.phonebook;

import java.util.Locale;

/**
 * Where a search hit or a caller's name comes from: an extension, the shared phonebook, one of the user's own
 * contacts, or another user's public contact.
 */
public enum Source {
    INTERNAL, SHARED, PERSONAL, PUBLIC;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
