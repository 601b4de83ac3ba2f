package org.centralino.sip.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses SIP and SIPS URIs (RFC 3261 §19.1.1, §25.1) and TEL URIs (RFC 3966 §3). The text must be exactly the
 * URI: no surrounding whitespace, no angle brackets. User, password, parameters and headers are validated
 * against their character sets (escapes must be % HEX HEX) and kept escaped as written.
 */
final class SipUriParser {
    private static final int USER = SipChars.UNRESERVED | SipChars.USER_EXTRA;
    private static final int PASSWORD = SipChars.UNRESERVED | SipChars.PASSWORD_EXTRA;
    private static final int PARAM = SipChars.UNRESERVED | SipChars.PARAM_EXTRA;
    private static final int HEADERS = SipChars.UNRESERVED | SipChars.HEADERS_EXTRA;

    private SipUriParser() {
    }

    /** The URI scheme lower-cased ("sip", "sips", "tel"), or null when the text starts with another scheme. */
    static String knownScheme(String s) {
        int colon = s.indexOf(':');
        if (colon == 3 && s.regionMatches(true, 0, "sip", 0, 3)) {
            return "sip";
        }
        if (colon == 4 && s.regionMatches(true, 0, "sips", 0, 4)) {
            return "sips";
        }
        if (colon == 3 && s.regionMatches(true, 0, "tel", 0, 3)) {
            return "tel";
        }
        return null;
    }

    /** True when the text starts with a syntactically valid scheme (RFC 3986 §3.1) followed by ':'. */
    static boolean hasScheme(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    static SipUri parse(String s) {
        String scheme = knownScheme(s);
        if (scheme == null) {
            throw error(s, hasScheme(s) ? "unsupported URI scheme" : "no URI scheme", 0);
        }
        return scheme.equals("tel") ? parseTel(s) : parseSip(s, scheme);
    }

    /** userinfo (RFC 3261 §25.1): user and password as written, and where the host starts. */
    private record Userinfo(String user, String password, int hostStart) {
    }

    private static SipUri parseSip(String s, String scheme) {
        int end = s.length();
        Userinfo userinfo = userinfo(s, scheme.length() + 1);
        int p = userinfo.hostStart();
        int hostEnd = HostSyntax.hostEnd(s, p, end);
        if (hostEnd < 0) {
            throw error(s, "invalid or missing host", p);
        }
        String host = HostSyntax.hostText(s, p, hostEnd);
        p = hostEnd;
        int port = -1;
        if (p < end && s.charAt(p) == ':') {
            int portEnd = digitsEnd(s, p + 1, end);
            port = parsePort(s, p + 1, portEnd);
            p = portEnd;
        }
        List<Params.Param> params = new ArrayList<>(0);
        p = parseParams(s, p, end, params);
        String headers = null;
        if (p < end && s.charAt(p) == '?') {
            int headersEnd = scanRun(s, p + 1, end, HEADERS);
            if (headersEnd == p + 1) {
                throw error(s, "empty headers after '?'", p);
            }
            headers = s.substring(p + 1, headersEnd);
            p = headersEnd;
        }
        if (p != end) {
            throw error(s, "unexpected character", p);
        }
        return new SipUri(scheme, userinfo.user(), userinfo.password(), host, port, Params.wrap(params), headers);
    }

    /** The userinfo starting at {@code p}, up to the '@' (never unescaped in params or headers). */
    private static Userinfo userinfo(String s, int p) {
        int at = s.indexOf('@', p);
        if (at < 0) {
            return new Userinfo(null, null, p);
        }
        int colon = s.indexOf(':', p);
        int userEnd = colon >= 0 && colon < at ? colon : at;
        String user = s.substring(p, expectRun(s, p, userEnd, USER, "user"));
        if (user.isEmpty()) {
            throw error(s, "empty user before '@'", p);
        }
        String password = userEnd == colon
            ? s.substring(colon + 1, expectRun(s, colon + 1, at, PASSWORD, "password"))
            : null;
        return new Userinfo(user, password, at + 1);
    }

    private static SipUri parseTel(String s) {
        int end = s.length();
        int p = 4;
        int numberEnd = p;
        while (numberEnd < end && SipChars.is(s.charAt(numberEnd), SipChars.PHONE)) {
            numberEnd++;
        }
        if (numberEnd == p) {
            throw error(s, "empty telephone number", p);
        }
        List<Params.Param> params = new ArrayList<>(0);
        int q = parseParams(s, numberEnd, end, params);
        if (q != end) {
            throw error(s, "unexpected character", q);
        }
        return new SipUri("tel", s.substring(p, numberEnd), null, null, -1, Params.wrap(params), null);
    }

    /** uri-parameters: *( ";" pname [ "=" pvalue ] ); returns the index after the last one. */
    private static int parseParams(String s, int p, int end, List<Params.Param> out) {
        while (p < end && s.charAt(p) == ';') {
            int nameEnd = scanRun(s, p + 1, end, PARAM);
            if (nameEnd == p + 1) {
                throw error(s, "empty URI parameter name", p + 1);
            }
            String name = s.substring(p + 1, nameEnd);
            String value = null;
            p = nameEnd;
            if (p < end && s.charAt(p) == '=') {
                int valueEnd = scanRun(s, p + 1, end, PARAM);
                if (valueEnd == p + 1) {
                    throw error(s, "empty value for URI parameter '" + name + "'", p + 1);
                }
                value = s.substring(p + 1, valueEnd);
                p = valueEnd;
            }
            out.add(new Params.Param(name, value));
        }
        return p;
    }

    /** Like {@link #scanRun} but the run must reach {@code to}. */
    private static int expectRun(String s, int from, int to, int mask, String part) {
        int e = scanRun(s, from, to, mask);
        if (e != to) {
            throw error(s, "invalid character in " + part, e);
        }
        return e;
    }

    /** The end of the run of characters in {@code mask} or valid escapes (% HEX HEX) starting at {@code from}. */
    private static int scanRun(String s, int from, int to, int mask) {
        int p = from;
        while (p < to) {
            char c = s.charAt(p);
            if (c == '%') {
                if (p + 2 >= to) {
                    return p;
                }
                if (!SipChars.is(s.charAt(p + 1), SipChars.HEX) || !SipChars.is(s.charAt(p + 2), SipChars.HEX)) {
                    return p;
                }
                p += 3;
            } else if (SipChars.is(c, mask)) {
                p++;
            } else {
                return p;
            }
        }
        return p;
    }

    private static int digitsEnd(String s, int from, int to) {
        int p = from;
        while (p < to && SipChars.isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int parsePort(String s, int from, int to) {
        if (to == from || to - from > 5) {
            throw error(s, "port must be 1 to 5 digits", from);
        }
        int port = Integer.parseInt(s, from, to, 10);
        if (port > 65535) {
            throw error(s, "port out of range", from);
        }
        return port;
    }

    private static SipParseException error(String s, String problem, int at) {
        return new SipParseException("URI: " + problem + " at offset " + at + " of " + SipChars.excerpt(s));
    }
}
