package org.centralino.media.rtp;

/** What one one-way-audio check found on a leg (see {@link RelayEndpoint#checkOneWayAudio}). */
enum OneWayAudio {
    /** Nothing to report: not flagged and not to be, or still flagged. */
    NO_CHANGE,
    /** The leg has just been flagged: silent while the other leg receives RTP. */
    STARTED,
    /** The leg's episode has just ended: RTP came back, or a hold made the silence legitimate. */
    ENDED
}
