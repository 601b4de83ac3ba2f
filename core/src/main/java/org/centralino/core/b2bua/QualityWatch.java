package org.centralino.core.b2bua;

import java.time.Duration;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.LegId;
import org.centralino.core.call.CallQualityMeasured;
import org.centralino.core.event.EventBus;
import org.centralino.media.rtp.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's media quality for its record (issue 4, "Quality"). One-way-audio episodes: a leg whose phone sends no
 * RTP while the other leg's audio reaches it, as the relay reports them
 * ({@link org.centralino.media.rtp.RelayListener#onOneWayAudio}); each is logged at WARN once, with the call, the
 * leg and how long the phone has been silent, and a leg flagged once stays flagged for the record. And the
 * quality itself, published once when the outcome is decided ({@link #publishOnceDecided}). Owned by the lane.
 */
final class QualityWatch {
    private static final Logger LOG = LoggerFactory.getLogger(QualityWatch.class);
    private final boolean[] flagged = new boolean[2];
    private boolean published;

    /**
     * Once the outcome is decided (the machine has just published Ended), the call's media quality, measured now
     * while the relay still runs, goes on the bus for the record: the legs may take long to close (a callee that
     * ignores our CANCEL takes 64*T1), and the record must not wait for them. Once per call.
     *
     * @param withCallee whether a callee's phone answered and faces side B (not an application, not early media)
     */
    void publishOnceDecided(Call call, MediaAnchor media, boolean withCallee, EventBus events) {
        if (published || call == null
            || !(call.state().phase() instanceof CallPhase.Ending || call.state().phase() instanceof CallPhase.Ended)) {
            return;
        }
        published = true;
        events.publish(new CallQualityMeasured(call.id(), MediaQuality.forRecord(call.id(), media, withCallee,
            flagged.clone())));
    }

    /** The leg a relay side faces now: the caller, the answering callee, or (before an answer) the forks. */
    static String legOf(Call call, LegId callerLeg, Side side) {
        if (side == Side.A) {
            return callerLeg.value();
        }
        return call.state().phase() instanceof CallPhase.Answered a ? a.bridge().callee().value() : "callee";
    }

    /** The relay flagged {@code side} (the leg {@code leg}): its phone was silent for {@code silence}. */
    void started(CallId call, String leg, Side side, Duration silence) {
        flagged[side.ordinal()] = true;
        LOG.warn("call {}: one-way audio on leg {}: no RTP from its phone for {} ms while the other leg sends "
            + "(a NAT or firewall in the way, a wrong address in its SDP, or a muted phone)", call, leg,
            silence.toMillis());
    }

    /** The episode of {@code leg} ended after {@code flaggedFor}: its RTP came back, or a hold made it silent. */
    void ended(CallId call, String leg, Duration flaggedFor) {
        LOG.info("call {}: one-way audio on leg {} over after {} ms", call, leg, flaggedFor.toMillis());
    }

}
