package org.centralino.core.phonebook;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Contact ids are random UUIDs: made by any cluster node without asking the database, unguessable, and never
 * reused, so a deleted id is never confused with a new contact by a client or by another node's index.
 */
public final class ContactIds {
    private static final Pattern SHAPE =
        Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ContactIds() {
    }

    public static Supplier<String> random() {
        return () -> UUID.randomUUID().toString();
    }

    /** Whether {@code id} has the shape of an id we make (a path with anything else is a 404 at once). */
    public static boolean looksValid(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
