package org.centralino.core.phonebook;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as people write them ("+39 06 1234.567", "(06) 123-4567", "0039 333 1234567") and as caller IDs
 * arrive from trunks ("390612345678", "+390612345678", "0612345678"). A number is stored as written (tidied) and
 * in its normalised form: a leading {@code +} if it had one (or {@code 00}, the international prefix), then digits
 * only. Matching a caller ID against stored numbers goes through the <em>significant</em> digits: the international
 * form without the prefix and, for the home country, without the country code, so "+39 06 123", "0039 06 123" and
 * "06 123" are one number; then the shorter must be the tail of the longer, which also absorbs a trunk that adds
 * or drops the country code without the {@code +}.
 */
public final class PhoneNumbers {
    /** Italy (DESIGN: an Italian PBX first); the server may configure another. */
    public static final String DEFAULT_COUNTRY_CODE = "39";
    /**
     * Below this many digits only an exact match counts: a short number (an extension, "112") must not match the
     * tail of every long one. Six digits is the shortest Italian subscriber number.
     */
    public static final int MIN_TAIL_MATCH = 6;
    /** ITU-T E.164 allows 15 digits; a few more for a dialled international prefix and an extension suffix. */
    public static final int MAX_DIGITS = 20;
    /** What people put between digits; it carries no meaning. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./()]");
    private static final Pattern NORMALISED = Pattern.compile("\\+?[0-9]+");

    private final String countryCode;

    public PhoneNumbers(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        if (!countryCode.matches("[1-9][0-9]{0,2}")) {
            throw new IllegalArgumentException("country code must be 1 to 3 digits not starting with 0, was '"
                + countryCode + "'");
        }
        this.countryCode = countryCode;
    }

    public static PhoneNumbers italy() {
        return new PhoneNumbers(DEFAULT_COUNTRY_CODE);
    }

    /**
     * The normalised form ({@code +} then digits, or digits), or empty when {@code raw} holds anything but digits,
     * one leading {@code +} and separators (spaces, dashes, dots, slashes, parentheses).
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(raw).replaceAll("");
        if (s.startsWith("00") && s.length() > 2) {
            s = "+" + s.substring(2);
        }
        return NORMALISED.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /** The digits of {@code raw} only (for "digits anywhere" search), or "" when it has none. */
    public static String digits(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The significant digits for matching: international numbers without {@code +}/{@code 00}, and home-country
     * ones without the country code either. Empty when {@code raw} is not a phone number.
     */
    public Optional<String> significant(String raw) {
        return normalise(raw).map(n -> {
            if (!n.startsWith("+")) {
                return n;
            }
            String d = n.substring(1);
            return d.startsWith(countryCode) ? d.substring(countryCode.length()) : d;
        });
    }

    /** Whether two significant-digit strings name the same line (see the class comment). */
    public static boolean sameLine(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_TAIL_MATCH && longer.endsWith(shorter);
    }

    /** The key an index files significant digits under: the last {@value #MIN_TAIL_MATCH}, or all of a short one. */
    public static String tailKey(String significant) {
        return significant.length() <= MIN_TAIL_MATCH ? significant
            : significant.substring(significant.length() - MIN_TAIL_MATCH);
    }
}
