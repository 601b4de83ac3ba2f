package org.centralino.media.rtcp;

/**
 * One reception report block of an SR or RR (RFC 3550 §6.4.1): what the reporter received from one source.
 *
 * @param ssrc the source reported on
 * @param fractionLost packets lost since the previous report, in 1/256 (0-255)
 * @param cumulativeLost packets lost since reception began, signed 24 bits (clamped when written)
 * @param extendedHighestSequence highest sequence number received, cycles in the high 16 bits
 * @param jitter interarrival jitter in RTP timestamp units (RFC 3550 A.8)
 * @param lastSenderReport middle 32 bits of the NTP timestamp of the last SR received from the source; 0 if none
 * @param delaySinceLastSenderReport time from receiving that SR to sending this report, in 1/65536 s; 0 if none
 */
public record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long extendedHighestSequence,
                          long jitter, long lastSenderReport, long delaySinceLastSenderReport) {
    /** The largest cumulative loss a report block can carry: 24 bits, signed. */
    public static final int MAX_CUMULATIVE_LOST = 0x7F_FFFF;
    /** The smallest (most negative, from duplicates) cumulative loss a report block can carry. */
    public static final int MIN_CUMULATIVE_LOST = -0x80_0000;

    public ReportBlock {
        if (fractionLost < 0 || fractionLost > 255) {
            throw new IllegalArgumentException("fraction lost is 8 bits (0-255), got " + fractionLost);
        }
    }
}
