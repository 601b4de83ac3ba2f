package org.centralino.core.phonebook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A position in a contact list ordered by name: the sort key and id of the last contact of the previous page
 * (keyset paging: contacts added while a client pages never shift or duplicate rows). Clients see an opaque token,
 * URL-safe Base64 of {@code c1:<id>:<sort key>}.
 */
public record ContactCursor(String sortKey, String id) {
    private static final String VERSION = "c1";
    static final int TOKEN_MAX = 2048;

    public ContactCursor {
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(id, "id");
    }

    public static ContactCursor after(Contact c) {
        return new ContactCursor(sortKey(c.fields()), c.id());
    }

    /**
     * The order of lists: folded last name (or, without one, the first name, or the company), then first name, then
     * company, so "Bianchi Anna" comes before "Rossi", "Mamma" (a first name only) sorts under M and "Pizzeria Da
     * Gino" (a company only) under P.
     */
    public static String sortKey(ContactFields f) {
        String primary = f.lastName() != null ? f.lastName() : f.firstName() != null ? f.firstName() : nz(f.company());
        return NameFolding.fold(String.join("\u0001", primary, nz(f.firstName()), nz(f.company())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String encode() {
        String plain = VERSION + ":" + id + ":" + sortKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a token from {@link #encode()}; empty for anything else (never throws). */
    public static Optional<ContactCursor> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !parts[0].equals(VERSION) || !ContactIds.looksValid(parts[1])) {
                return Optional.empty();
            }
            return Optional.of(new ContactCursor(parts[2], parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
