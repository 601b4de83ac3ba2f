package org.centralino.media.rtcp;

import java.time.Duration;

/**
 * What the far end last reported about the stream we send it (a report block about our SSRC, RFC 3550 §6.4.1),
 * with the round-trip time computed from it when it referred to one of our SRs.
 *
 * @param reporterSsrc the SSRC of the endpoint that sent the report
 * @param fractionLost loss since its previous report, in 1/256
 * @param cumulativeLost packets lost since it began receiving
 * @param extendedHighestSequence the highest sequence number it received, with cycles
 * @param jitter interarrival jitter it measured, in RTP timestamp units of our stream
 * @param roundTripTime RTT from the block's LSR and DLSR (RFC 3550 §6.4.1), null when it had no SR of ours yet
 */
public record RemoteReport(long reporterSsrc, int fractionLost, int cumulativeLost, long extendedHighestSequence,
                           long jitter, Duration roundTripTime) {
    /** The fraction lost as a percentage. */
    public double fractionLostPercent() {
        return fractionLost * 100.0 / 256.0;
    }
}
