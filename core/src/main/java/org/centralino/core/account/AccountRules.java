package org.centralino.core.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.validation.CommonFields;
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
        return CommonFields.name("displayName", v, DISPLAY_NAME_MAX, bad);
    }

    /** Checks a new password; {@code field} is the API field it came in. */
    static String password(String field, String v, Violations bad) {
        if (v == null) {
            bad.add(field, "is required");
            return null;
        }
        return CommonFields.password(field, v, PASSWORD_MIN, PASSWORD_MAX, bad);
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
