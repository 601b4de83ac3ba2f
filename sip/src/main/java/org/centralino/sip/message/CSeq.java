package org.centralino.sip.message;

/** The CSeq header (RFC 3261 §20.16): a sequence number below 2**31 and the request method. */
public record CSeq(long seq, String method) {
    /** RFC 3261 §8.1.1.5: the sequence number MUST be expressible as a 32-bit unsigned integer below 2**31. */
    public static final long MAX_SEQ = (1L << 31) - 1;

    /** Parses {@code 1*DIGIT LWS Method}; leading zeros are allowed (RFC 4475 §3.1.1.1). */
    public static CSeq parse(String value) {
        TextCursor c = new TextCursor(value, "CSeq");
        c.skipWsp();
        int start = c.pos;
        long seq = 0;
        while (!c.atEnd() && SipChars.isDigit(c.peek())) {
            seq = seq * 10 + c.s.charAt(c.pos++) - '0';
            if (seq > MAX_SEQ) {
                throw c.error("sequence number is not below 2**31");
            }
        }
        if (c.pos == start) {
            throw c.error("expected a sequence number");
        }
        if (!c.skipWsp()) {
            throw c.error("expected whitespace between number and method");
        }
        int methodStart = c.pos;
        if (c.skipToken() == 0) {
            throw c.error("expected a token for the method");
        }
        String method = SipMethods.of(c.s, methodStart, c.pos);
        c.skipWsp();
        if (!c.atEnd()) {
            throw c.error("unexpected text after the method");
        }
        return new CSeq(seq, method);
    }

    @Override
    public String toString() {
        return seq + " " + method;
    }
}
