package org.centralino.sip.message;

/**
 * A position in one header value being parsed (values are already unfolded, so LWS is SP and HTAB only).
 * Errors name the construct being parsed ({@code what}), the problem and the position.
 */
final class TextCursor {
    final String s;
    final int end;
    int pos;
    private final String what;

    TextCursor(String s, String what) {
        this.s = s;
        this.end = s.length();
        this.what = what;
    }

    boolean atEnd() {
        return pos >= end;
    }

    char peek() {
        return s.charAt(pos);
    }

    boolean peekIs(char c) {
        return pos < end && s.charAt(pos) == c;
    }

    /** Skips SP and HTAB; returns true when at least one was skipped. */
    boolean skipWsp() {
        int start = pos;
        while (pos < end && SipChars.isWsp(s.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    /** Consumes SWS c SWS (RFC 3261 §25.1 SLASH, SEMI, EQUAL, COLON) or fails naming the separator. */
    void expectSeparator(char c) {
        skipWsp();
        if (!peekIs(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
        skipWsp();
    }

    /** Skips a token, possibly empty; returns its length. */
    int skipToken() {
        int start = pos;
        while (pos < end && SipChars.isToken(s.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    /**
     * A quoted-string starting at the current '"' (RFC 3261 §25.1). With {@code keepQuotes} the raw text
     * including quotes and backslashes is returned (parameter values are kept as written); otherwise the
     * content with quoted-pairs resolved (display names).
     */
    String quotedString(boolean keepQuotes) {
        int start = pos;
        pos++;
        StringBuilder sb = keepQuotes ? null : new StringBuilder(32);
        while (pos < end) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return keepQuotes ? s.substring(start, pos) : sb.toString();
            }
            if (c == '\\') {
                if (pos >= end) {
                    break;
                }
                c = s.charAt(pos++);
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        pos = start;
        throw error("unterminated quoted string");
    }

    SipParseException error(String problem) {
        return new SipParseException(what + ": " + problem + " at offset " + pos + " of " + SipChars.excerpt(s));
    }
}
