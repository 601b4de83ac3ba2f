package org.centralino.core.b2bua;

import java.time.Duration;
import org.centralino.core.call.CallId;
import org.centralino.media.rtp.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's one-way-audio episodes (issue 4, "Quality"): a leg whose phone sends no RTP while the other leg's
 * audio reaches it, as the relay reports them ({@link org.centralino.media.rtp.RelayListener#onOneWayAudio}).
 * Each episode is logged at WARN once, with the call, the leg and how long the phone has been silent; a leg
 * flagged once stays flagged for the call's record. Owned by the call's lane.
 */
final class OneWayAudioWatch {
    private static final Logger LOG = LoggerFactory.getLogger(OneWayAudioWatch.class);
    private final boolean[] flagged = new boolean[2];

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

    /** Per relay side, whether it was flagged at some time in the call (a copy). */
    boolean[] flaggedSides() {
        return flagged.clone();
    }
}
