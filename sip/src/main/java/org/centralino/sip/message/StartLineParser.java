package org.centralino.sip.message;

import java.nio.charset.StandardCharsets;

/**
 * Reads the start line (RFC 3261 §7.1, §7.2, §25.1) directly from the bytes. Elements are separated by exactly
 * one SP: RFC 4475 §3.1.2.9 (lwsstart) and §3.1.2.10 (trws) allow rejecting extra whitespace, and we do, so a
 * Request-URI with LWS in it (§3.1.2.8, lwsruri) is rejected too.
 */
final class StartLineParser {
    private static final byte[] SIP_SLASH = {'S', 'I', 'P', '/'};

    private StartLineParser() {
    }

    /** Parses {@code data[from, to)}: the start line without its line terminator. */
    static StartLine parse(byte[] data, int from, int to) {
        if (startsWithIgnoreCase(data, from, to, SIP_SLASH)) {
            return statusLine(data, from, to);
        }
        return requestLine(data, from, to);
    }

    private static StartLine requestLine(byte[] d, int from, int to) {
        int sp1 = indexOf(d, from, to, (byte) ' ');
        if (sp1 <= from || !isToken(d, from, sp1)) {
            return new StartLine.Invalid(false, 400, "start line is neither a request line nor a status line");
        }
        String method = SipMethods.of(d, from, sp1);
        int sp2 = lastIndexOf(d, sp1 + 1, to, (byte) ' ');
        if (sp2 < 0) {
            return bad(400, "request line has no SIP version");
        }
        if (sp2 == to - 1 || sp2 == sp1 + 1 || indexOf(d, sp1 + 1, sp2, (byte) ' ') >= 0
            || indexOf(d, sp1 + 1, sp2, (byte) '\t') >= 0) {
            return bad(400, "request line elements must be separated by exactly one SP");
        }
        StartLine version = checkVersion(d, sp2 + 1, to);
        if (version != null) {
            return version;
        }
        return requestUri(method, new String(d, sp1 + 1, sp2 - sp1 - 1, StandardCharsets.ISO_8859_1));
    }

    private static StartLine requestUri(String method, String text) {
        if (SipUriParser.knownScheme(text) == null) {
            return SipUriParser.hasScheme(text)
                ? bad(416, "unsupported Request-URI scheme")
                : bad(400, "Request-URI has no scheme");
        }
        SipUri uri;
        try {
            uri = SipUri.parse(text);
        } catch (SipParseException e) {
            return bad(400, "bad Request-URI: " + e.getMessage());
        }
        if (uri.headers() != null) {
            // RFC 3261 §19.1.1 table: headers are not allowed in a Request-URI (RFC 4475 §3.1.2.11, escruri)
            return bad(400, "Request-URI must not carry headers");
        }
        return new StartLine.Request(method, uri);
    }

    /** Null when the version is SIP/2.0; otherwise 505 for another well-formed version, 400 for garbage. */
    private static StartLine checkVersion(byte[] d, int from, int to) {
        if (isSip20(d, from, to)) {
            return null;
        }
        if (to - from >= 7 && startsWithIgnoreCase(d, from, to, SIP_SLASH) && isVersionNumber(d, from + 4, to)) {
            return bad(505, "SIP version " + new String(d, from + 4, to - from - 4, StandardCharsets.ISO_8859_1)
                + " is not supported");
        }
        return bad(400, "bad SIP version in request line");
    }

    private static StartLine statusLine(byte[] d, int from, int to) {
        int sp = indexOf(d, from, to, (byte) ' ');
        if (sp < 0 || !isSip20(d, from, sp)) {
            return new StartLine.Invalid(false, 400, "status line does not start with SIP/2.0 and a space");
        }
        int codeEnd = sp + 1;
        while (codeEnd < to && SipChars.isDigit(d[codeEnd])) {
            codeEnd++;
        }
        // RFC 4475 §3.1.1.13: "SIP/2.0 100 " has an empty reason; we also accept the line without that space
        if (codeEnd - sp - 1 != 3 || (codeEnd < to && d[codeEnd] != ' ')) {
            return new StartLine.Invalid(false, 400, "status code must be three digits");
        }
        int code = (d[sp + 1] - '0') * 100 + (d[sp + 2] - '0') * 10 + (d[sp + 3] - '0');
        if (code < 100 || code > 699) {
            return new StartLine.Invalid(false, 400, "status code " + code + " is outside 100-699");
        }
        int reasonStart = Math.min(codeEnd + 1, to);
        String reason = reasonStart == to ? "" : new String(d, reasonStart, to - reasonStart, StandardCharsets.UTF_8);
        return new StartLine.Status(code, reason);
    }

    private static StartLine bad(int status, String problem) {
        return new StartLine.Invalid(true, status, problem);
    }

    private static boolean isSip20(byte[] d, int from, int to) {
        return to - from == 7 && startsWithIgnoreCase(d, from, to, SIP_SLASH)
            && d[from + 4] == '2' && d[from + 5] == '.' && d[from + 6] == '0';
    }

    /** 1*DIGIT "." 1*DIGIT (RFC 3261 §25.1 SIP-Version). */
    private static boolean isVersionNumber(byte[] d, int from, int to) {
        int dot = indexOf(d, from, to, (byte) '.');
        return dot > from && dot < to - 1 && allDigits(d, from, dot) && allDigits(d, dot + 1, to);
    }

    private static boolean allDigits(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!SipChars.isDigit(d[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isToken(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!SipChars.isToken(d[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] d, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((d[from + i] & 0xDF) != prefix[i] && d[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] d, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] d, int from, int to, byte b) {
        for (int i = to - 1; i >= from; i--) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
