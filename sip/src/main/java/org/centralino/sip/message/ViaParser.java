package org.centralino.sip.message;

/**
 * Parses one via-parm (RFC 3261 §20.42, §25.1): {@code sent-protocol LWS sent-by *( SEMI via-params )}, where
 * sent-protocol is {@code "SIP" SLASH "2.0" SLASH transport} and LWS may surround '/', ':', ';' and '='.
 */
final class ViaParser {
    private ViaParser() {
    }

    static Via parse(String value) {
        TextCursor c = new TextCursor(value, "Via");
        c.skipWsp();
        int start = c.pos;
        if (c.skipToken() != 3 || !c.s.regionMatches(true, start, "SIP", 0, 3)) {
            throw c.error("protocol is not SIP");
        }
        c.expectSeparator('/');
        start = c.pos;
        if (c.skipToken() != 3 || !c.s.startsWith("2.0", start)) {
            throw c.error("unsupported SIP version");
        }
        c.expectSeparator('/');
        start = c.pos;
        if (c.skipToken() == 0) {
            throw c.error("expected a token for the transport");
        }
        String transport = transport(c.s, start, c.pos);
        if (!c.skipWsp()) {
            throw c.error("expected whitespace before sent-by");
        }
        int hostEnd = HostSyntax.hostEnd(c.s, c.pos, c.end);
        if (hostEnd < 0) {
            throw c.error("invalid or missing sent-by host");
        }
        String host = HostSyntax.hostText(c.s, c.pos, hostEnd);
        c.pos = hostEnd;
        c.skipWsp();
        int port = -1;
        if (c.peekIs(':')) {
            c.pos++;
            c.skipWsp();
            port = port(c);
        }
        Params params = GenericParams.parse(c);
        checkRport(c, params);
        return new Via(transport, host, port, params);
    }

    private static final String[] TRANSPORTS = {"UDP", "TCP", "TLS", "WS", "WSS", "SCTP"};

    /** The transport in s[from, to) upper-cased, sharing the constant for the common ones. */
    private static String transport(String s, int from, int to) {
        int n = to - from;
        for (String known : TRANSPORTS) {
            if (known.length() == n && s.regionMatches(true, from, known, 0, n)) {
                return known;
            }
        }
        return s.substring(from, to).toUpperCase(java.util.Locale.ROOT);
    }

    private static int port(TextCursor c) {
        int start = c.pos;
        int value = 0;
        while (c.pos < c.end && SipChars.isDigit(c.peek()) && c.pos - start < 5) {
            value = value * 10 + c.s.charAt(c.pos++) - '0';
        }
        if (c.pos == start || value > 65535 || (c.pos < c.end && SipChars.isDigit(c.peek()))) {
            throw c.error("port must be 1 to 5 digits, at most 65535");
        }
        return value;
    }

    /** RFC 3581 §3: rport is a flag or a port number; checked here so {@link Via#rport()} cannot fail. */
    private static void checkRport(TextCursor c, Params params) {
        String rport = params.get("rport");
        if (rport == null) {
            return;
        }
        if (rport.isEmpty() || rport.length() > 5 || !rport.chars().allMatch(SipChars::isDigit)
            || Integer.parseInt(rport) > 65535) {
            throw c.error("rport must be a port number");
        }
    }
}
