package org.centralino.core.phonebook;

import java.util.Locale;
import java.util.Objects;

/** One phone number of a phonebook entry, with its kind. */
public record ContactNumber(Kind kind, String number) {
    public enum Kind {
        WORK, MOBILE, HOME, EXTENSION;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ContactNumber {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
    }
}
