package org.centralino.sip.sdp;

/**
 * Limits on the session descriptions we accept, as named constants. They are far above what a phone or
 * trunk sends (a G.711 offer is ~300 bytes, a WebRTC offer with video a few kilobytes) and keep a hostile
 * body from costing more than a few milliseconds and kilobytes.
 */
public final class SdpLimits {
    /** Largest body, in bytes (after the SIP layer's own 64 KiB message limit, SipLimits). */
    public static final int MAX_BYTES = 32_768;
    /** Most lines, blank lines included. */
    public static final int MAX_LINES = 1_024;
    /** Longest line, in characters, without its line end. */
    public static final int MAX_LINE_LENGTH = 4_096;
    /** Most m= sections. */
    public static final int MAX_MEDIA = 32;
    /** Most formats on one m= line (RTP has 128 payload types). */
    public static final int MAX_FORMATS = 128;

    private SdpLimits() {
    }
}
