package org.centralino.media.dtmf;

/** How a key reached us: the three ways a phone may send DTMF (issue 4, "DTMF"). */
public enum DtmfSource {
    /** RTP telephone-event packets (RFC 4733). */
    RFC4733,
    /** A SIP INFO request with an {@code application/dtmf-relay} or {@code application/dtmf} body. */
    INFO,
    /** Tones in the audio, found by {@link DtmfDetector}. */
    INBAND
}
