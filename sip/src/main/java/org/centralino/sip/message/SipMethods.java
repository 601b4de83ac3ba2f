package org.centralino.sip.message;

import java.nio.charset.StandardCharsets;

/**
 * The methods we see every second, shared as constants so that parsing them allocates nothing. Methods are
 * case-sensitive (RFC 3261 §7.1): "invite" is an unknown method, not INVITE.
 */
final class SipMethods {
    private static final String[] KNOWN = {"INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "SUBSCRIBE",
        "NOTIFY", "REFER", "MESSAGE", "INFO", "PRACK", "UPDATE", "PUBLISH"};

    private SipMethods() {
    }

    /** The method in {@code s[from, to)}; the caller has checked that it is a token. */
    static String of(String s, int from, int to) {
        int len = to - from;
        for (String k : KNOWN) {
            if (k.length() == len && s.startsWith(k, from)) {
                return k;
            }
        }
        return s.substring(from, to);
    }

    /** The method in {@code data[from, to)}; the caller has checked that it is a token. */
    static String of(byte[] data, int from, int to) {
        int len = to - from;
        for (String k : KNOWN) {
            if (k.length() == len && matches(k, data, from)) {
                return k;
            }
        }
        return new String(data, from, len, StandardCharsets.ISO_8859_1);
    }

    private static boolean matches(String k, byte[] data, int from) {
        for (int i = 0; i < k.length(); i++) {
            if (data[from + i] != k.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
