package org.centralino.sip.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Header parameters: {@code *( SEMI generic-param )} after a Via sent-by or a name-addr (RFC 3261 §25.1),
 * with LWS allowed around ";" and "=". Values are token, host (including an IPv6 reference in brackets, as
 * in {@code received=[2001:db8::9:255]}, RFC 5118 §4.5) or quoted-string, kept as written.
 */
final class GenericParams {
    private GenericParams() {
    }

    /** Parses parameters from the cursor to the end of the value. */
    static Params parse(TextCursor c) {
        List<Params.Param> list = null;
        while (true) {
            c.skipWsp();
            if (c.atEnd()) {
                return list == null ? Params.empty() : Params.wrap(list);
            }
            if (c.peek() != ';') {
                throw c.error("expected ';' before a parameter");
            }
            c.pos++;
            c.skipWsp();
            String name = name(c);
            String value = null;
            c.skipWsp();
            if (c.peekIs('=')) {
                c.pos++;
                c.skipWsp();
                value = value(c, name);
            }
            if (list == null) {
                list = new ArrayList<>(4);
            }
            list.add(new Params.Param(name, value));
        }
    }

    /** Names we meet in nearly every message, shared so that parsing them allocates nothing. */
    private static final String[] COMMON = {"branch", "tag", "rport", "received", "expires", "q", "lr", "transport",
        "maddr", "user"};

    private static String name(TextCursor c) {
        int start = c.pos;
        int n = c.skipToken();
        if (n == 0) {
            throw c.error("expected a token for the parameter name");
        }
        for (String k : COMMON) {
            if (k.length() == n && c.s.startsWith(k, start)) {
                return k;
            }
        }
        return c.s.substring(start, c.pos);
    }

    private static String value(TextCursor c, String name) {
        if (c.peekIs('"')) {
            return c.quotedString(true);
        }
        int start = c.pos;
        while (c.pos < c.end && isValueChar(c.s.charAt(c.pos))) {
            c.pos++;
        }
        if (c.pos == start) {
            throw c.error("empty value for parameter '" + name + "'");
        }
        return c.s.substring(start, c.pos);
    }

    private static boolean isValueChar(char ch) {
        return SipChars.isToken(ch) || ch == '[' || ch == ']' || ch == ':';
    }
}
