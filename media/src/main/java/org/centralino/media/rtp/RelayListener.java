package org.centralino.media.rtp;

import java.time.Duration;

/**
 * What a {@link RelaySession} reports to its owner (the B2BUA). Called on the engine's listener executor,
 * never on a media thread, so an implementation may block briefly, though it should rather hand the event
 * to the call's own lane.
 */
@FunctionalInterface
public interface RelayListener {
    /** Ignores every report. */
    RelayListener NONE = (session, side, silence) -> { };

    /**
     * The leg {@code side} has received no RTP for {@code silence} (at least the configured RTP timeout) and
     * is not on hold: its phone is probably gone, and the call should end (issue 3). Reported once per silence;
     * if RTP resumes and stops again, reported again.
     */
    void onRtpTimeout(RelaySession session, Side side, Duration silence);

    /**
     * A key pressed on a terminated leg ({@link RelaySession#terminate}), sent as telephone events (RFC 4733) or
     * as tones in the audio, that the media engine did not deliver itself (to the other leg of a transcoded call
     * that agreed telephone events).
     */
    default void onDtmf(RelaySession session, Side side, org.centralino.media.dtmf.DtmfEvent event) {
    }

    /**
     * One-way audio: the leg {@code silentSide} has received no RTP for {@code silence} (at least
     * {@link RtpEngineConfig#oneWayAudioAfter()}) while the other leg did, and neither is on hold. Its phone
     * hears the other but is not heard, the classic sign of a NAT or firewall problem, a muted or broken phone,
     * or a wrong address in its SDP. Reported once per episode, then {@link #onOneWayAudioEnded}. Does nothing
     * by default.
     */
    default void onOneWayAudio(RelaySession session, Side silentSide, Duration silence) {
    }

    /**
     * The one-way-audio episode of leg {@code side} is over, {@code flaggedFor} after it was reported: RTP
     * arrived from its phone again, or one of the legs was put on hold (silence is then legitimate). Does
     * nothing by default.
     */
    default void onOneWayAudioEnded(RelaySession session, Side side, Duration flaggedFor) {
    }
}
