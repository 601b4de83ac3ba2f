package org.centralino.core.validation;

import java.util.regex.Pattern;

/**
 * The field rules that extensions, users, groups and contacts share, so that a name, a password, an e-mail address
 * or a mobile number that one screen takes is taken by the others. Each check records its reason in
 * {@link Violations} under the given API field and returns the tidied value (null when absent or bad).
 */
public final class CommonFields {
    /** RFC 5321 §4.5.3.1.3 limits a path to 256 octets, so an address to 254. */
    public static final int EMAIL_MAX = 254;
    /** A pragmatic address syntax: dot-atom local part, a domain with at least one dot. */
    static final Pattern EMAIL = Pattern.compile(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    static final Pattern MOBILE = Pattern.compile("\\+?[0-9 ]{3,20}");

    private CommonFields() {
    }

    /**
     * A name that must be there: stripped, not empty, at most {@code max} characters, no control characters.
     * The caller decides what a null means (required on create, not clearable on update).
     */
    public static String name(String field, String v, int max, Violations bad) {
        String s = v.strip();
        if (s.isEmpty()) {
            bad.add(field, "must not be empty");
        } else if (Text.length(s) > max) {
            bad.add(field, "must be at most " + max + " characters");
        } else if (Text.hasControlOrBrokenUnicode(s)) {
            bad.add(field, "must not contain control characters or broken Unicode");
        } else {
            return s;
        }
        return null;
    }

    /**
     * A password as typed: {@code min} to {@code max} characters, kept as given (spaces count), no control
     * characters. The caller decides what a null means.
     */
    public static String password(String field, String v, int min, int max, Violations bad) {
        if (Text.length(v) < min) {
            bad.add(field, "must be at least " + min + " characters");
        } else if (Text.length(v) > max) {
            bad.add(field, "must be at most " + max + " characters");
        } else if (Text.hasControlOrBrokenUnicode(v)) {
            bad.add(field, "must not contain control characters or broken Unicode");
        } else {
            return v;
        }
        return null;
    }

    /** Field {@code email}, optional: null or blank means none. */
    public static String email(String v, Violations bad) {
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

    /** Field {@code mobile}, optional: null or blank means none. */
    public static String mobile(String v, Violations bad) {
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
}
