package org.centralino.sip.message;

/** Writes a message to its wire form (RFC 3261 §7): start line, headers, blank line, body. */
public final class SipSerializer {
    private SipSerializer() {
    }

    public static byte[] encode(SipMessage message) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }
}
