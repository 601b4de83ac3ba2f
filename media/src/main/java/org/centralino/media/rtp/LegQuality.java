package org.centralino.media.rtp;

import java.time.Duration;

/**
 * The call quality of one leg, as the PBX measures it on what that leg's phone sends (RTP sequence numbers and
 * timestamps: RFC 3550 A.1, A.3, A.8), the round-trip time between the PBX and the phone (from the phone's RTCP
 * reports on the SRs the PBX relayed to it, RFC 3550 §6.4.1), the phone's own view from its RTCP, an estimated
 * MOS (E-model, {@link org.centralino.media.rtcp.EModel}) and the one-way-audio flag. A snapshot taken by the
 * media thread at its last check (see {@link RelaySession#quality(Side)}).
 *
 * @param encoding the RTP encoding name the leg's phone sends (as told by {@link RelaySession#setCodec})
 * @param clockRate its RTP clock rate in Hz
 * @param packetsReceived RTP packets counted from the phone (after the 2-packet probation of A.1, duplicates in)
 * @param packetsExpected packets the sequence numbers say were sent (A.3)
 * @param packetsLost expected minus received (negative when duplicates outnumber losses)
 * @param lossPercent lost over expected, in percent (never negative)
 * @param jitterMillis interarrival jitter of the phone's stream at the PBX, ms (1 ms resolution of arrival times)
 * @param roundTripTime RTT between the PBX and the phone; null while unknown (the phone sent no report on an SR
 *     the PBX relayed to it, e.g. the other phone sends no SR)
 * @param mos estimated MOS of the phone's audio as it reaches the PBX: 1 (bad) to 4.5
 * @param oneWayAudio whether the leg is flagged now: it receives no RTP while the other leg does
 * @param phoneReport what the phone last reported about the stream it receives from the PBX; null if none yet
 */
public record LegQuality(
    String encoding,
    int clockRate,
    long packetsReceived,
    long packetsExpected,
    long packetsLost,
    double lossPercent,
    double jitterMillis,
    Duration roundTripTime,
    double mos,
    boolean oneWayAudio,
    PhoneReport phoneReport) {

    /**
     * The last report block the phone sent in its own RTCP (RFC 3550 §6.4.1) about the stream it receives.
     *
     * @param fractionLostPercent loss over its last report interval, in percent
     * @param cumulativeLost packets it has lost in all
     * @param jitterMillis the jitter it measured, converted with this leg's clock rate
     */
    public record PhoneReport(double fractionLostPercent, long cumulativeLost, double jitterMillis) {
    }
}
