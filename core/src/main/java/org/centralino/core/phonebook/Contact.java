package org.centralino.core.phonebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A phonebook entry: of the shared (company) phonebook when {@code visibility} is {@link ContactVisibility#SHARED}
 * (then {@code owner} is who created it, for the record only), else a personal contact of {@code owner}. Phone
 * numbers are kept as the user wrote them (tidied, see {@link PhoneNumbers#tidy}); their digits are derived.
 *
 * @param version starts at 1 and grows by one on each update: the ETag and the compare-and-set key
 */
public record Contact(
    String id,
    String owner,
    ContactVisibility visibility,
    ContactFields fields,
    long version,
    Instant createdAt,
    Instant updatedAt) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("contact " + id + ": version must be at least 1, was " + version);
        }
    }

    public Book book() {
        return visibility == ContactVisibility.SHARED ? Book.SHARED : Book.PERSONAL;
    }

    /** "First Last", else the company: what a caller-ID display or a list shows. */
    public String displayName() {
        return displayName(fields);
    }

    static String displayName(ContactFields f) {
        String name = String.join(" ", nonBlank(f.firstName(), f.lastName()));
        return name.isEmpty() ? Objects.requireNonNullElse(f.company(), "") : name;
    }

    /** The numbers that are set, with their kind, in the order work, mobile, home. */
    public List<ContactNumber> numbers() {
        List<ContactNumber> out = new ArrayList<>(3);
        add(out, ContactNumber.Kind.WORK, fields.workPhone());
        add(out, ContactNumber.Kind.MOBILE, fields.mobilePhone());
        add(out, ContactNumber.Kind.HOME, fields.homePhone());
        return out;
    }

    private static void add(List<ContactNumber> out, ContactNumber.Kind kind, String number) {
        if (number != null) {
            out.add(new ContactNumber(kind, number));
        }
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    public Contact with(ContactVisibility newVisibility, ContactFields newFields, Instant at) {
        return new Contact(id, owner, newVisibility, newFields, version, createdAt, at);
    }
}
