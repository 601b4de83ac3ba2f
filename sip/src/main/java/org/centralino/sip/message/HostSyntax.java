package org.centralino.sip.message;

/**
 * The host production of RFC 3261 §25.1: hostname, IPv4address or IPv6reference. IPv6 references are
 * checked against RFC 4291 §2.2 rather than RFC 3261's ABNF, which wrongly admits three colons in a row
 * (RFC 5118 §4.10).
 */
final class HostSyntax {
    private HostSyntax() {
    }

    /**
     * The index just after the host that starts at {@code from}, or -1 when there is no valid host there.
     * A bracketed reference ends after its ']'; a hostname or IPv4 address at the first character that
     * cannot be part of one.
     */
    /** Appends host[:port] as written on the wire: IPv6 in brackets (RFC 5118 §4.1), no port when it is -1. */
    static void appendHostPort(StringBuilder sb, String host, int port) {
        if (host.indexOf(':') >= 0 && host.charAt(0) != '[') {
            sb.append('[').append(host).append(']');
        } else {
            sb.append(host);
        }
        if (port >= 0) {
            sb.append(':').append(port);
        }
    }

    static int hostEnd(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        if (s.charAt(from) == '[') {
            int close = s.indexOf(']', from);
            if (close < 0 || close >= to || !isIpv6(s, from + 1, close)) {
                return -1;
            }
            return close + 1;
        }
        int p = from;
        while (p < to && SipChars.is(s.charAt(p), SipChars.HOST)) {
            p++;
        }
        return p == from ? -1 : p;
    }

    /** The host text between {@code from} and {@code hostEnd}, without IPv6 brackets. */
    static String hostText(String s, int from, int hostEnd) {
        return s.charAt(from) == '[' ? s.substring(from + 1, hostEnd - 1) : s.substring(from, hostEnd);
    }

    /** True when s[from, to) is an IPv6 address in RFC 4291 §2.2 text form (hex groups, one "::", IPv4 tail). */
    static boolean isIpv6(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        int compress = s.indexOf("::", from);
        compress = compress >= 0 && compress < to - 1 ? compress : -1;
        int second = compress < 0 ? -1 : s.indexOf("::", compress + 1);
        if (second >= 0 && second < to - 1) {
            return false;
        }
        int groups = 0;
        int p = compress == from ? from + 2 : from;
        while (p < to) {
            int e = p;
            while (e < to && s.charAt(e) != ':') {
                e++;
            }
            if (e == to && s.indexOf('.', p) >= 0 && s.indexOf('.', p) < to) {
                return isIpv4(s, p, to) && (compress >= 0 ? groups <= 5 : groups == 6);
            }
            if (e == p || e - p > 4 || !allHex(s, p, e)) {
                return false;
            }
            groups++;
            p = e == compress ? e + 2 : e + 1;
            if (e != compress && p == to) {
                return false;
            }
        }
        return compress >= 0 ? groups <= 7 : groups == 8;
    }

    private static boolean allHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!SipChars.is(s.charAt(i), SipChars.HEX)) {
                return false;
            }
        }
        return true;
    }

    /** Dotted-quad IPv4 address, each part 0-255. */
    static boolean isIpv4(String s, int from, int to) {
        int parts = 0;
        int i = from;
        while (parts < 4) {
            int start = i;
            int value = 0;
            while (i < to && i - start < 3 && SipChars.isDigit(s.charAt(i))) {
                value = value * 10 + s.charAt(i++) - '0';
            }
            if (i == start || value > 255) {
                return false;
            }
            parts++;
            if (parts < 4) {
                if (i >= to || s.charAt(i++) != '.') {
                    return false;
                }
            }
        }
        return i == to;
    }
}
