package org.centralino.sip.message;

import java.util.List;

/** Lexical helpers over header values: comma lists, quoted strings (RFC 3261 §25.1). */
public final class HeaderValues {
    private HeaderValues() {
    }

    /**
     * Splits a comma-separated list header value into trimmed elements (RFC 3261 §7.3.1). Commas inside a
     * quoted string (where a backslash escapes the next character) or inside {@code <...>} do not separate.
     * Empty elements ("a,,b") are skipped. An unterminated quote or bracket runs to the end of the value, so
     * the last element keeps the broken text and its own parser reports it.
     */
    public static void splitCommas(String value, List<String> out) {
        int start = 0;
        int n = value.length();
        while (start <= n) {
            int comma = nextSeparator(value, start);
            addTrimmed(value, start, comma, out);
            start = comma + 1;
        }
    }

    /** The first element of a comma-separated list header value; "" when it has none. */
    public static String firstElement(String value) {
        int start = 0;
        int n = value.length();
        while (start <= n) {
            int comma = nextSeparator(value, start);
            int s = skipWsp(value, start, comma);
            int e = trimEnd(value, s, comma);
            if (e > s) {
                return s == 0 && e == n ? value : value.substring(s, e);
            }
            start = comma + 1;
        }
        return "";
    }

    /** The index of the next separating comma at or after {@code from}, or the length of the value. */
    static int nextSeparator(String v, int from) {
        int n = v.length();
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = from; i < n; i++) {
            char c = v.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (bracketed) {
                bracketed = c != '>';
            } else if (c == '<') {
                bracketed = true;
            } else if (c == ',') {
                return i;
            }
        }
        return n;
    }

    private static void addTrimmed(String v, int from, int to, List<String> out) {
        int s = skipWsp(v, from, to);
        int e = trimEnd(v, s, to);
        if (e > s) {
            out.add(v.substring(s, e));
        }
    }

    private static int skipWsp(String v, int from, int to) {
        int s = from;
        while (s < to && SipChars.isWsp(v.charAt(s))) {
            s++;
        }
        return s;
    }

    private static int trimEnd(String v, int from, int to) {
        int e = to;
        while (e > from && SipChars.isWsp(v.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
