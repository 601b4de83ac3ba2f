package org.centralino.sip.message;

/** The CSeq header (RFC 3261 §20.16): a sequence number below 2**31 and the request method. */
public record CSeq(long seq, String method) {
    public static CSeq parse(String value) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }

    @Override
    public String toString() {
        return seq + " " + method;
    }
}
