package org.centralino.core.b2bua;

import java.time.Duration;
import java.util.function.Supplier;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.rtp.RelayListener;
import org.centralino.media.rtp.RelaySession;
import org.centralino.media.rtp.Side;

/**
 * What a call's relay session reports (RTP timeout, keys, one-way audio), handed to the call's lane: the relay
 * reports on its own executor, and nothing of a call is touched off its lane.
 */
final class LaneReports implements RelayListener {
    private final SipLink sip;
    private final Supplier<CallSession> owner;

    /** @param owner the call's session, set once the session exists (the relay is created first) */
    LaneReports(SipLink sip, Supplier<CallSession> owner) {
        this.sip = sip;
        this.owner = owner;
    }

    @Override
    public void onRtpTimeout(RelaySession s, Side side, Duration silence) {
        onLane(cs -> cs.rtpTimeout(side, silence));
    }

    @Override
    public void onDtmf(RelaySession s, Side side, DtmfEvent event) {
        onLane(cs -> cs.onDtmf(side, event));
    }

    @Override
    public void onOneWayAudio(RelaySession s, Side side, Duration silence) {
        onLane(cs -> cs.oneWayAudio(side, silence));
    }

    @Override
    public void onOneWayAudioEnded(RelaySession s, Side side, Duration flaggedFor) {
        onLane(cs -> cs.oneWayAudioEnded(side, flaggedFor));
    }

    private void onLane(java.util.function.Consumer<CallSession> report) {
        CallSession cs = owner.get();
        if (cs != null) {
            sip.lanes().execute(cs.caller().callId(), () -> report.accept(cs));
        }
    }
}
