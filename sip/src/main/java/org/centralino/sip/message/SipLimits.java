package org.centralino.sip.message;

/** Size limits on what we accept, as named constants (Jetty/Netty style). */
public final class SipLimits {
    /** Largest message accepted on any transport; larger gets 513 (RFC 3261 §21.5.14) or is dropped. */
    public static final int MAX_MESSAGE_BYTES = 65_535;
    /** Largest start line plus header section. */
    public static final int MAX_HEADER_BYTES = 16_384;
    /** Most header lines in one message. */
    public static final int MAX_HEADERS = 256;
    /** Longest single header line (after unfolding). */
    public static final int MAX_HEADER_LINE = 8_192;

    private SipLimits() {
    }
}
