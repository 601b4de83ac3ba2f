package org.centralino.testkit;

import org.centralino.media.dtmf.DtmfTones;
import org.centralino.media.tone.ToneGenerator;

/**
 * Keys as a phone sends them in its audio when it agreed no telephone events: each key the dual tone of ITU-T
 * Q.23 (one row and one column frequency, at {@link DtmfTones#LEVEL_DBM0} each), then a pause, with silence
 * before and after. Durations are whole 20 ms packets, so every key starts on a packet boundary.
 */
public final class DtmfAudio {
    /** Narrowband telephony rate: the signal is meant for G.711 (ITU-T G.711 §1). */
    public static final int SAMPLE_RATE = 8000;
    /** One packet of audio, the ptime phones send (RFC 3551 §4.5: 20 ms for PCMU). */
    public static final int PACKET_MILLIS = 20;

    private DtmfAudio() {
    }

    /**
     * Linear 16-bit samples at {@value #SAMPLE_RATE} Hz: {@code leadMillis} of silence, each key of
     * {@code keys} as {@code toneMillis} of its dual tone then {@code pauseMillis} of silence, and
     * {@code tailMillis} of silence. Q.24 asks receivers to take tones of 40 ms and pauses of 40 ms and more.
     */
    public static short[] keys(String keys, int leadMillis, int toneMillis, int pauseMillis, int tailMillis) {
        for (int ms : new int[] {leadMillis, toneMillis, pauseMillis, tailMillis}) {
            if (ms < 0 || ms % PACKET_MILLIS != 0) {
                throw new IllegalArgumentException(ms + " ms is not a whole number of " + PACKET_MILLIS
                    + " ms packets");
            }
        }
        int total = leadMillis + keys.length() * (toneMillis + pauseMillis) + tailMillis;
        short[] out = new short[samples(total)];
        int at = samples(leadMillis);
        for (int i = 0; i < keys.length(); i++) {
            new ToneGenerator(DtmfTones.of(keys.charAt(i)), SAMPLE_RATE).fill(out, at, samples(toneMillis));
            at += samples(toneMillis + pauseMillis);
        }
        return out;
    }

    private static int samples(int millis) {
        return millis * SAMPLE_RATE / 1000;
    }
}
