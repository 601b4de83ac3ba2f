package org.centralino.media.rtp;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.centralino.media.audio.Pcm;
import org.centralino.media.dtmf.DtmfTones;
import org.centralino.media.tone.ToneGenerator;

/**
 * Keys sent to a phone that agreed no telephone events, as tones in its audio (ITU-T Q.23): each key's dual tone
 * for its duration (at least {@value #MIN_TONE_MILLIS} ms), then 60 ms of silence before the next, in the order
 * pressed. While a key sounds it replaces whatever the phone would hear. Loop thread only.
 */
final class InBandKeys {
    /**
     * Shortest tone sent: 80 ms. Q.24's 40 ms is what a receiver must accept, not what a sender should risk: a
     * block detector needs the tone to fill two whole blocks wherever they fall ({@code DtmfDetector}: 2 x 25.6 ms
     * plus up to one block of misalignment, 77 ms), so a 40 ms tone, the length of a short RFC 4733 event
     * relayed as audio, is often missed.
     */
    static final int MIN_TONE_MILLIS = 80;
    /** Silence after each key (Q.24 asks for at least 40 ms). */
    static final int PAUSE_MILLIS = 60;
    /** Keys waiting beyond this are dropped: a phone sending keys faster than tones can carry them is broken. */
    static final int MAX_WAITING = 32;

    private final ArrayDeque<int[]> waiting = new ArrayDeque<>();
    private ToneGenerator tone;
    private int toneFrames;
    private int pauseFrames;

    void add(char key, int durationMillis) {
        if (waiting.size() < MAX_WAITING) {
            waiting.add(new int[] {key, Math.max(MIN_TONE_MILLIS, durationMillis)});
        }
    }

    /** Writes the next frame of keys into {@code frame}; false when no key is sounding or pausing. */
    boolean next(short[] frame) {
        if (toneFrames == 0 && pauseFrames == 0 && !startNext()) {
            return false;
        }
        if (toneFrames > 0) {
            tone.fill(frame, 0, Pcm.FRAME);
            toneFrames--;
        } else {
            Arrays.fill(frame, (short) 0);
            pauseFrames--;
        }
        return true;
    }

    private boolean startNext() {
        int[] key = waiting.poll();
        if (key == null) {
            return false;
        }
        tone = new ToneGenerator(DtmfTones.of((char) key[0]), Pcm.RATE);
        toneFrames = Math.max(1, (key[1] + Pcm.FRAME_MS - 1) / Pcm.FRAME_MS);
        pauseFrames = PAUSE_MILLIS / Pcm.FRAME_MS;
        return true;
    }
}
