package org.centralino.sip.message;

/**
 * Character classes of the RFC 3261 §25.1 grammar, as bit sets in one 128-entry table so that every test is
 * one array load and a mask. Anything at or above 0x80 is in no class here (UTF-8 is handled by the callers
 * that allow it: quoted strings, reason phrases, header values).
 */
final class SipChars {
    static final int TOKEN = 1;
    /** unreserved = alphanum / mark (RFC 3261 §25.1). */
    static final int UNRESERVED = 1 << 1;
    /** user-unreserved: "&" / "=" / "+" / "$" / "," / ";" / "?" / "/". */
    static final int USER_EXTRA = 1 << 2;
    /** password: "&" / "=" / "+" / "$" / ",". */
    static final int PASSWORD_EXTRA = 1 << 3;
    /** param-unreserved: "[" / "]" / "/" / ":" / "&" / "+" / "$". */
    static final int PARAM_EXTRA = 1 << 4;
    /** hnv-unreserved: "[" / "]" / "/" / "?" / ":" / "+" / "$", plus the "&" and "=" that separate headers. */
    static final int HEADERS_EXTRA = 1 << 5;
    /** Characters of a hostname or IPv4 address; "_" is tolerated because real DNS names carry it. */
    static final int HOST = 1 << 6;
    static final int HEX = 1 << 7;
    static final int DIGIT = 1 << 8;
    /** RFC 3966 phonedigit-hex and visual separators, with "+" for global numbers. */
    static final int PHONE = 1 << 9;

    private static final int[] CLASS = new int[128];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            add(c, TOKEN | UNRESERVED | HOST);
            add(Character.toUpperCase(c), TOKEN | UNRESERVED | HOST);
        }
        for (int c = '0'; c <= '9'; c++) {
            add(c, TOKEN | UNRESERVED | HOST | HEX | DIGIT | PHONE);
        }
        for (int c : "abcdefABCDEF".toCharArray()) {
            add(c, HEX | PHONE);
        }
        addAll("-.!%*_+`'~", TOKEN);
        addAll("-_.!~*'()", UNRESERVED);
        addAll("&=+$,;?/", USER_EXTRA);
        addAll("&=+$,", PASSWORD_EXTRA);
        addAll("[]/:&+$", PARAM_EXTRA);
        addAll("[]/?:+$&=", HEADERS_EXTRA);
        addAll("-._", HOST);
        addAll("*#+-.()", PHONE);
    }

    private SipChars() {
    }

    private static void add(int c, int classes) {
        CLASS[c] |= classes;
    }

    private static void addAll(String chars, int classes) {
        for (int i = 0; i < chars.length(); i++) {
            add(chars.charAt(i), classes);
        }
    }

    /** True when {@code c} (a char, or a byte as 0-255) is in any of the classes of {@code mask}. */
    static boolean is(int c, int mask) {
        return c < 128 && (CLASS[c] & mask) != 0;
    }

    static boolean isToken(int c) {
        return c < 128 && (CLASS[c] & TOKEN) != 0;
    }

    static boolean isWsp(int c) {
        return c == ' ' || c == '\t';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A short, printable rendering of bad input for error messages (never the whole of a long value). */
    static String excerpt(CharSequence s) {
        int n = Math.min(s.length(), 60);
        StringBuilder sb = new StringBuilder(n + 5).append('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (s.length() > n) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
