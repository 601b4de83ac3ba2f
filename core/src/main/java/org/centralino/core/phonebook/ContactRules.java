package org.centralino.core.phonebook;

import java.util.regex.Pattern;
import org.centralino.core.validation.Text;
import org.centralino.core.validation.Violations;

/**
 * The field rules of a contact. Each check records its reason under the API field name in {@link Violations} and
 * returns the tidied value (null when absent, blank or bad): text is stripped, blank means none.
 */
public final class ContactRules {
    public static final int NAME_MAX = 100;
    public static final int NOTES_MAX = 2000;
    /** A written number with its separators ("+39 (06) 1234-5678 int. 12" is not one: extras go in the notes). */
    public static final int PHONE_MAX = 32;
    /** RFC 5321 §4.5.3.1.3 limits a path to 256 octets, so an address to 254. */
    public static final int EMAIL_MAX = 254;
    /** The pragmatic address shape the extensions use too: dot-atom local part, a domain with at least one dot. */
    private static final Pattern EMAIL = Pattern.compile(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ContactRules() {
    }

    /** Every field of {@code f} checked and tidied; the violations name each bad field. */
    public static ContactFields check(ContactFields f, Violations bad) {
        ContactFields out = new ContactFields(name("firstName", f.firstName(), bad),
            name("lastName", f.lastName(), bad),
            name("company", f.company(), bad), name("department", f.department(), bad), name("title", f.title(), bad),
            phone("workPhone", f.workPhone(), bad), phone("mobilePhone", f.mobilePhone(), bad),
            phone("homePhone", f.homePhone(), bad), email(f.email(), bad), notes(f.notes(), bad));
        if (out.firstName() == null && out.lastName() == null && out.company() == null
            && !bad.has("firstName") && !bad.has("lastName") && !bad.has("company")) {
            bad.add("lastName", "a contact needs a first name, a last name or a company");
        }
        return out;
    }

    static String name(String field, String v, Violations bad) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(v.strip()).replaceAll(" ");
        if (Text.hasControlOrBrokenUnicode(s)) {
            bad.add(field, "must not contain control characters or broken Unicode");
        } else if (Text.length(s) > NAME_MAX) {
            bad.add(field, "must be at most " + NAME_MAX + " characters, was " + Text.length(s));
        } else {
            return s;
        }
        return null;
    }

    static String phone(String field, String v, Violations bad) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(v.strip()).replaceAll(" ");
        String normalised = PhoneNumbers.normalise(s).orElse(null);
        if (normalised == null) {
            bad.add(field, "must be a phone number: digits, an optional leading + (or 00), and spaces, dashes, dots, "
                + "slashes or parentheses between them");
        } else if (PhoneNumbers.digits(normalised).length() < 2
            || PhoneNumbers.digits(normalised).length() > PhoneNumbers.MAX_DIGITS) {
            bad.add(field, "must have 2 to " + PhoneNumbers.MAX_DIGITS + " digits");
        } else if (s.length() > PHONE_MAX) {
            bad.add(field, "must be at most " + PHONE_MAX + " characters as written");
        } else {
            return s;
        }
        return null;
    }

    static String email(String v, Violations bad) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (s.length() > EMAIL_MAX || !EMAIL.matcher(s).matches()) {
            bad.add("email", "must be an e-mail address like name@example.com");
            return null;
        }
        return s;
    }

    /** Notes may span lines: line breaks and tabs are allowed, other control characters are not. */
    static String notes(String v, Violations bad) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip().replace("\r\n", "\n");
        if (Text.hasControlOrBrokenUnicode(s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' '))) {
            bad.add("notes", "must not contain control characters (other than line breaks and tabs) or broken Unicode");
        } else if (Text.length(s) > NOTES_MAX) {
            bad.add("notes", "must be at most " + NOTES_MAX + " characters, was " + Text.length(s));
        } else {
            return s;
        }
        return null;
    }

    /** A personal contact's visibility: private, public or speeddial; null means private. */
    public static ContactVisibility personalVisibility(String v, Violations bad) {
        if (v == null) {
            return ContactVisibility.PRIVATE;
        }
        ContactVisibility parsed = ContactVisibility.parse(v).filter(ContactVisibility::personal).orElse(null);
        if (parsed == null) {
            bad.add("visibility", "must be one of private, public, speeddial");
        }
        return parsed;
    }
}
