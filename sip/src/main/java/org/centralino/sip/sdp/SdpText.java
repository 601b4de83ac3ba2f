package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;

/** Character classes and number parsing for SDP fields (RFC 8866 §9), with no exceptions for bad text. */
final class SdpText {
    /** Longest decimal we read into a long (18 digits cannot overflow). */
    private static final int MAX_LONG_DIGITS = 18;

    private SdpText() {
    }

    /** RFC 8866 token-char: visible US-ASCII except space and {@code "(),/:;<=>?@[\]}. */
    static boolean isTokenChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x27) || c == 0x2A || c == 0x2B || c == 0x2D || c == 0x2E
            || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x5E && c <= 0x7E);
    }

    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 8866 non-ws-string: one or more characters that are neither controls nor space (UTF-8 allowed), the
     * stuff of o= fields, m= protocols and formats.
     */
    static boolean isNonWs(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigits(String s, int maxDigits) {
        if (s == null || s.isEmpty() || s.length() > maxDigits) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A non-negative decimal of at most 18 digits, or -1. */
    static long parseUnsigned(String s) {
        return isDigits(s, MAX_LONG_DIGITS) ? Long.parseLong(s) : -1;
    }

    /** A decimal in [min, max], or -1 (min must be >= 0). */
    static int parseInt(String s, int min, int max) {
        long v = isDigits(s, 10) ? Long.parseLong(s) : -1;
        return v >= min && v <= max ? (int) v : -1;
    }

    /** Splits on runs of spaces and tabs; real phones sometimes double the separators. */
    static List<String> fields(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isBlank(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** For records built in code: a field that would break the line structure is a programming error. */
    static String requireLineSafe(String value, String what) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == '\0') {
                    throw new IllegalArgumentException(what + " contains CR, LF or NUL: " + value);
                }
            }
        }
        return value;
    }

    static String requireNonWs(String value, String what) {
        if (!isNonWs(value)) {
            throw new IllegalArgumentException(what + " must be non-empty, without spaces or controls: " + value);
        }
        return value;
    }

    /**
     * A ptime-style value in milliseconds: a positive integer or decimal (RFC 8866 §9 non-zero-int-or-real),
     * rounded to the nearest millisecond; -1 when malformed.
     */
    static int parseMillis(String s) {
        if (s == null) {
            return -1;
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        int ms = SdpText.parseInt(whole, 0, 1_000_000);
        if (ms < 0 || (dot >= 0 && !isDigits(fraction, 9))) {
            return -1;
        }
        int rounded = !fraction.isEmpty() && fraction.charAt(0) >= '5' ? ms + 1 : ms;
        return rounded > 0 ? rounded : -1;
    }
}
