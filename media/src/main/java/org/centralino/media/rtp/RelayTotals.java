package org.centralino.media.rtp;

/**
 * What the relay has carried since the engine started, over closed and open sessions: the measure of loss
 * inside the PBX (packets in that did not go out) for operations and benchmarks.
 *
 * @param sessions     sessions created (open and closed)
 * @param rtpPacketsIn RTP packets accepted from phones
 * @param rtpPacketsOut RTP packets sent on to the other leg's phone
 * @param dropped      packets received and not forwarded, for any reason (see {@link LegStats})
 */
public record RelayTotals(long sessions, long rtpPacketsIn, long rtpPacketsOut, long dropped) {
    static final RelayTotals ZERO = new RelayTotals(0, 0, 0, 0);

    RelayTotals plus(RelayTotals o) {
        return new RelayTotals(sessions + o.sessions, rtpPacketsIn + o.rtpPacketsIn, rtpPacketsOut + o.rtpPacketsOut,
            dropped + o.dropped);
    }

    static RelayTotals of(RelaySession s) {
        LegStats a = s.stats(Side.A);
        LegStats b = s.stats(Side.B);
        return new RelayTotals(1, a.rtpPacketsIn() + b.rtpPacketsIn(), a.rtpPacketsOut() + b.rtpPacketsOut(),
            a.dropped() + b.dropped());
    }
}
