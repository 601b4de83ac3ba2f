package org.centralino.sip.message;

/**
 * Parses one SIP message from bytes (RFC 3261 §7, §25), with the limits of {@link SipLimits}.
 * Never throws anything but {@link SipParseException} for bad input.
 */
public final class SipParser {
    private SipParser() {
    }

    /** Parses a whole message (a datagram, or one framed stream message) of {@code length} bytes at offset. */
    public static SipMessage parse(byte[] data, int offset, int length) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }

    public static SipMessage parse(byte[] data) {
        return parse(data, 0, data.length);
    }
}
