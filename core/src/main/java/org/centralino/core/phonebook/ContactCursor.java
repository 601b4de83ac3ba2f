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
     * The order of lists: folded last name, first name, company, so "Bianchi Anna" comes before "Rossi"; a contact
     * with only a company sorts by the company.
     */
    public static String sortKey(ContactFields f) {
        return NameFolding.fold(String.join("\u0001", nz(f.lastName()), nz(f.firstName()), nz(f.company())));
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
