package org.centralino.core.phonebook;

import java.util.Objects;

/**
 * One page of a contact list, ordered by {@link ContactCursor#sortKey}.
 *
 * @param list   which contacts
 * @param after  the cursor of the previous page, or null for the first
 * @param limit  at most this many (1 to {@value #MAX_LIMIT})
 */
public record ContactQuery(Scope list, ContactCursor after, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public ContactQuery {
        Objects.requireNonNull(list, "list");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Which contacts a list holds. */
    public sealed interface Scope {
        /** The shared phonebook. */
        record Shared() implements Scope {
        }

        /** Every personal contact of {@code owner}, whatever its visibility. */
        record OwnedBy(String owner) implements Scope {
            public OwnedBy {
                Objects.requireNonNull(owner, "owner");
            }
        }

        /** Every public personal contact, of any owner. */
        record Public() implements Scope {
        }
    }
}
