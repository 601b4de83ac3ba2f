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
}
