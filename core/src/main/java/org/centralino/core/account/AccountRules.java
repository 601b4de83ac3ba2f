package org.centralino.core.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.validation.Text;
import org.centralino.core.validation.Violations;

/**
 * The field rules of a user. Each check records its reason in {@link Violations} under the API field name and
 * returns the normalised value (null when bad or absent).
 */
final class AccountRules {
    /** Login names: what people type, and safe in URLs and logs. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    static final int DISPLAY_NAME_MAX = 100;
    /** The contract's minimum for web passwords; the bootstrap admin's is stricter. */
    static final int PASSWORD_MIN = 10;
    /** Argon2 takes any length, but a megabyte password is an attack on the CPU, not a password. */
    static final int PASSWORD_MAX = 256;
    static final Set<String> LANGUAGES = Set.of("it", "en");
    /** RFC 5321 §4.5.3.1.3 limits a path to 256 octets, so an address to 254. */
    static final int EMAIL_MAX = 254;
    static final Pattern EMAIL = Pattern.compile(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    static final Pattern MOBILE = Pattern.compile("\\+?[0-9 ]{3,20}");
    /** Day, month and year letters with separators: what a date column needs, nothing that prints times. */
    static final Pattern DATE_FORMAT = Pattern.compile("(d{1,2}|M{1,4}|y{2}|y{4}|[/.\\- ])+");

    private AccountRules() {
    }

    static String username(String v, Violations bad) {
        if (v == null) {
            bad.add("username", "is required");
        } else if (!USERNAME.matcher(v).matches()) {
            bad.add("username", "must be 2 to 64 characters of a-z, 0-9, '.', '_', '@' or '-', starting with a "
                + "letter or digit");
        } else {
            return v;
        }
        return null;
    }

    static String displayName(String v, Violations bad) {
        if (v == null) {
            bad.add("displayName", "must not be null");
            return null;
        }
        String s = v.strip();
        if (s.isEmpty()) {
            bad.add("displayName", "must not be empty");
        } else if (Text.length(s) > DISPLAY_NAME_MAX) {
            bad.add("displayName", "must be at most " + DISPLAY_NAME_MAX + " characters");
        } else if (Text.hasControlOrBrokenUnicode(s)) {
            bad.add("displayName", "must not contain control characters or broken Unicode");
        } else {
            return s;
        }
        return null;
    }

    /** Checks a new password; {@code field} is the API field it came in. */
    static String password(String field, String v, Violations bad) {
        if (v == null) {
            bad.add(field, "is required");
        } else if (Text.length(v) < PASSWORD_MIN) {
            bad.add(field, "must be at least " + PASSWORD_MIN + " characters");
        } else if (Text.length(v) > PASSWORD_MAX) {
            bad.add(field, "must be at most " + PASSWORD_MAX + " characters");
        } else if (Text.hasControlOrBrokenUnicode(v)) {
            bad.add(field, "must not contain control characters or broken Unicode");
        } else {
            return v;
        }
        return null;
    }

    /** Optional: null or blank means none. */
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

    /** Optional: null or blank means none. */
    static String mobile(String v, Violations bad) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (!MOBILE.matcher(s).matches()) {
            bad.add("mobile", "must be 3 to 20 digits or spaces, optionally after a leading +");
            return null;
        }
        return s;
    }

    static String language(String v, Violations bad) {
        if (v == null || !LANGUAGES.contains(v)) {
            bad.add("language", "must be 'it' or 'en'");
            return null;
        }
        return v;
    }

    static String timeZone(String v, Violations bad) {
        if (v != null && v.length() <= 64 && (v.contains("/") || v.equals("UTC"))) {
            try {
                return ZoneId.of(v).getId();
            } catch (DateTimeException e) {
                // reported below
            }
        }
        bad.add("timeZone", "must be an IANA time zone such as Europe/Rome");
        return null;
    }

    static String dateFormat(String v, Violations bad) {
        if (v != null && v.length() <= 32 && DATE_FORMAT.matcher(v).matches()) {
            try {
                DateTimeFormatter.ofPattern(v);
                return v;
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        bad.add("dateFormat", "must be a date pattern of d, M and y with / . - or space, such as dd/MM/yyyy");
        return null;
    }

    static Role role(String v, Violations bad) {
        if (v != null) {
            for (Role r : Role.values()) {
                if (r.name().equals(v)) {
                    return r;
                }
            }
        }
        bad.add("role", "must be one of ADMIN, OPERATOR, PHONEBOOK_MANAGER, USER");
        return null;
    }
}
