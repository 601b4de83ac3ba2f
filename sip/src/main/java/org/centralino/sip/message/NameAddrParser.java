package org.centralino.sip.message;

/**
 * Parses the value of From, To, Contact, Route, Record-Route and similar headers (RFC 3261 §20.10, §25.1):
 * {@code ( name-addr / addr-spec ) *( SEMI generic-param )}, or the Contact wildcard {@code *}.
 * In the addr-spec form, parameters after the URI belong to the header, not the URI (RFC 3261 §20.10), and a
 * URI holding ',', '?' or ';' must be in angle brackets: we reject it bare rather than guess.
 */
final class NameAddrParser {
    private NameAddrParser() {
    }

    static NameAddr parse(String value) {
        TextCursor c = new TextCursor(value, "address");
        c.skipWsp();
        if (c.atEnd()) {
            throw c.error("empty address");
        }
        if (c.peek() == '*') {
            c.pos++;
            c.skipWsp();
            if (!c.atEnd()) {
                throw c.error("nothing may follow the '*' wildcard");
            }
            return new NameAddr(null, null, Params.empty(), true);
        }
        String displayName = null;
        SipUri uri;
        if (c.peek() == '"') {
            displayName = c.quotedString(false);
            c.skipWsp();
            if (!c.peekIs('<')) {
                throw c.error("expected '<' after the display name");
            }
            uri = bracketedUri(c);
        } else {
            int lt = tokenDisplayNameEnd(c);
            if (lt >= 0) {
                String shown = c.s.substring(c.pos, lt).strip();
                displayName = shown.isEmpty() ? null : shown;
                c.pos = lt;
                uri = bracketedUri(c);
            } else {
                uri = addrSpec(c);
            }
        }
        return new NameAddr(displayName, uri, GenericParams.parse(c), false);
    }

    /**
     * The index of the '<' that ends a display name of tokens and LWS (RFC 4475 §3.1.1.6 allows no LWS
     * before '<'), or -1 when the value does not look like that (then it is an addr-spec).
     */
    private static int tokenDisplayNameEnd(TextCursor c) {
        int p = c.pos;
        while (p < c.end) {
            char ch = c.s.charAt(p);
            if (ch == '<') {
                return p;
            }
            if (!SipChars.isToken(ch) && !SipChars.isWsp(ch)) {
                return -1;
            }
            p++;
        }
        return -1;
    }

    private static SipUri bracketedUri(TextCursor c) {
        int close = c.s.indexOf('>', c.pos + 1);
        if (close < 0) {
            throw c.error("'<' without '>'");
        }
        SipUri uri = SipUri.parse(c.s.substring(c.pos + 1, close));
        c.pos = close + 1;
        return uri;
    }

    private static SipUri addrSpec(TextCursor c) {
        int start = c.pos;
        while (c.pos < c.end && c.peek() != ';' && !SipChars.isWsp(c.peek())) {
            char ch = c.peek();
            if (ch == ',' || ch == '?') {
                throw c.error("a URI with '" + ch + "' must be enclosed in <> (RFC 3261 §20.10)");
            }
            c.pos++;
        }
        return SipUri.parse(c.s.substring(start, c.pos));
    }
}
