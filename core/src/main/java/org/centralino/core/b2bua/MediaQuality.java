package org.centralino.core.b2bua;

import org.centralino.core.call.CallId;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.LegMetrics;
import org.centralino.media.rtp.LegQuality;
import org.centralino.media.rtp.RelaySession;
import org.centralino.media.rtp.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's media quality (issue 4, "Quality") read from its relay session: side A is the caller's leg, side B
 * the callee's. The relay's figures ({@link LegQuality}) become the {@link LegMetrics} the call record and the
 * API show. Any thread: {@link RelaySession#quality} is a published snapshot.
 */
final class MediaQuality {
    private static final Logger LOG = LoggerFactory.getLogger(MediaQuality.class);
    private MediaQuality() {
    }

    /**
     * @param media      the call's anchored media; null when the call had none
     * @param withCallee whether a callee's phone answered and faces side B (not an application, not early media)
     * @param flagged    per side, whether one-way audio was flagged at some time in the call; null to show only
     *                   the flag as it is now (the live API)
     */
    static CallQuality of(MediaAnchor media, boolean withCallee, boolean[] flagged) {
        if (media == null || media.relay().isClosed()) {
            return CallQuality.NONE;
        }
        RelaySession relay = media.relay();
        LegMetrics callee = withCallee ? leg(relay.quality(Side.B), flagged != null && flagged[Side.B.ordinal()])
            : null;
        return new CallQuality(leg(relay.quality(Side.A), flagged != null && flagged[Side.A.ordinal()]), callee,
            media.transcoding());
    }

    /**
     * The quality a call's record keeps, measured as its media close: {@link CallQuality#NONE} when the relay
     * cannot say (logged), for the record is written all the same.
     */
    static CallQuality forRecord(CallId call, MediaAnchor media, boolean withCallee, boolean[] flagged) {
        try {
            return of(media, withCallee, flagged);
        } catch (RuntimeException e) {
            LOG.error("call {}: media quality not measured, its record goes without it", call, e);
            return CallQuality.NONE;
        }
    }

    /** One leg's figures; the MOS only once RTP arrived (with none it says nothing of the call). */
    static LegMetrics leg(LegQuality q, boolean flaggedBefore) {
        Double rtt = q.roundTripTime() == null ? null : q.roundTripTime().toNanos() / 1e6;
        Double mos = q.packetsReceived() == 0 ? null
            : Math.clamp(q.mos(), LegMetrics.MOS_MIN, LegMetrics.MOS_MAX);
        return new LegMetrics(q.encoding(), q.packetsReceived(), q.packetsLost(),
            Math.clamp(q.lossPercent(), 0.0, 100.0), Math.max(0.0, q.jitterMillis()), rtt, mos,
            q.oneWayAudio() || flaggedBefore);
    }
}
