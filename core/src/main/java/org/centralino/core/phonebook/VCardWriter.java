package org.centralino.core.phonebook;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Contacts as vCard 4.0 (RFC 6350), one card each, for phones and address books. Text values are escaped
 * (§3.4: backslash, comma, semicolon, line break); the components of N and ORG are separated by {@code ;} (§6.2.2,
 * §6.6.4); lines are folded at 75 octets without splitting a UTF-8 character (§3.2); lines end with CRLF.
 * An international number is a {@code tel:} URI (§6.4.1, RFC 3966), a national one plain text.
 */
public final class VCardWriter {
    /** §3.2: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    static final int FOLD_OCTETS = 75;
    private static final DateTimeFormatter REV = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    private VCardWriter() {
    }

    public static String write(List<Contact> contacts) {
        StringBuilder out = new StringBuilder();
        for (Contact c : contacts) {
            card(c, out);
        }
        return out.toString();
    }

    static void card(Contact c, StringBuilder out) {
        ContactFields f = c.fields();
        line(out, "BEGIN:VCARD");
        line(out, "VERSION:4.0"); // §6.7.9: right after BEGIN
        line(out, "UID:urn:uuid:" + c.id());
        boolean person = f.firstName() != null || f.lastName() != null;
        line(out, "KIND:" + (person ? "individual" : "org"));
        line(out, "FN:" + text(c.displayName()));
        if (person) {
            line(out, "N:" + text(f.lastName()) + ";" + text(f.firstName()) + ";;;");
        }
        if (f.company() != null || f.department() != null) {
            line(out, "ORG:" + text(f.company()) + (f.department() != null ? ";" + text(f.department()) : ""));
        }
        if (f.title() != null) {
            line(out, "TITLE:" + text(f.title()));
        }
        tel(out, "work,voice", f.workPhone());
        tel(out, "cell", f.mobilePhone());
        tel(out, "home,voice", f.homePhone());
        if (f.email() != null) {
            line(out, "EMAIL;TYPE=work:" + text(f.email()));
        }
        if (f.notes() != null) {
            line(out, "NOTE:" + text(f.notes()));
        }
        line(out, "REV:" + REV.format(c.updatedAt()));
        line(out, "END:VCARD");
    }

    private static void tel(StringBuilder out, String types, String number) {
        if (number == null) {
            return;
        }
        String normalised = PhoneNumbers.normalise(number).orElse(null);
        if (normalised != null && normalised.startsWith("+")) {
            line(out, "TEL;VALUE=uri;TYPE=" + types + ":tel:" + normalised);
        } else {
            line(out, "TEL;VALUE=text;TYPE=" + types + ":" + text(number));
        }
    }

    /** §3.4 escaping of a text value; null is empty. */
    static String text(String v) {
        if (v == null) {
            return "";
        }
        return v.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
            .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends {@code content} folded at {@value #FOLD_OCTETS} octets: CRLF and one space before each continuation. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
