package org.centralino.media.rtcp;

/**
 * The RTCP packet types this package reads and writes (RFC 3550 §12.1) and the SDES item it uses. Plain
 * {@code int} constants rather than an enum: the relay compares them per packet without a lookup.
 */
public final class RtcpPacketType {
    /** Sender report, RFC 3550 §6.4.1. */
    public static final int SR = 200;
    /** Receiver report, RFC 3550 §6.4.2. */
    public static final int RR = 201;
    /** Source description, RFC 3550 §6.5. */
    public static final int SDES = 202;
    /** Goodbye, RFC 3550 §6.6. */
    public static final int BYE = 203;
    /** Application-defined, RFC 3550 §6.7 (skipped by length). */
    public static final int APP = 204;
    /** The SDES CNAME item type, RFC 3550 §6.5.1. */
    public static final int SDES_CNAME = 1;

    private RtcpPacketType() {
    }
}
