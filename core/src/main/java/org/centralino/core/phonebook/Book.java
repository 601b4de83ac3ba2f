package org.centralino.core.phonebook;

import java.util.Locale;
import java.util.Optional;

/** The two stored phonebooks: the company's shared one and the users' personal contacts. */
public enum Book {
    SHARED, PERSONAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Book> parse(String wire) {
        for (Book b : values()) {
            if (b.wire().equals(wire)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
