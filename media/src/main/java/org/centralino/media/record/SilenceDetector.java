package org.centralino.media.record;

import java.time.Duration;
import org.centralino.media.audio.Pcm;

/**
 * Energy-based silence detection on internal frames ({@link Pcm}), for "record until silence" (voicemail) and
 * for trimming the silence a caller leaves before hanging up.
 *
 * <p>A frame is <em>loud</em> when its RMS level reaches the threshold in dBFS (AES17: 0 dBFS is the RMS of a
 * full-scale sine, so a full-scale sine measures 0 dBFS and the quietest useful speech on a phone line about
 * -45 dBFS). The comparison is on mean squares, so a frame costs one multiply-add per sample, no logarithm.
 * <ul>
 *   <li>The <b>silence</b> timer counts the time since the last loud frame (from the start if none yet):
 *       {@link #process} returns true once, on the frame where it reaches the configured duration, and again
 *       only after a loud frame started a new run.</li>
 *   <li>The <b>hangover</b> keeps the detector "in voice" for that long after the last loud frame, because word
 *       endings and the gaps between words are quieter than the threshold: {@link #inVoice()} and
 *       {@link #framesToKeep()} (where a trim may cut) include it, so trimming never clips the last word.</li>
 * </ul>
 * Allocation-free; one detector per recording, used by one thread.
 */
public final class SilenceDetector {
    /** A threshold that background noise of a phone line (-60 dBFS and below) stays under; speech exceeds it. */
    public static final double DEFAULT_THRESHOLD_DBFS = -45;
    /** Default hangover: longer than the pauses between words. */
    public static final Duration DEFAULT_HANGOVER = Duration.ofMillis(300);
    /** RMS of a full-scale sine: the 0 dBFS reference. */
    private static final double FULL_SCALE_RMS = 32767 / Math.sqrt(2);

    private final double thresholdMeanSquare;
    private final long silenceFrames;
    private final long hangoverFrames;
    private long frames;
    /** Index of the last loud frame, -1 before the first. */
    private long lastLoud = -1;
    private boolean reported;

    /**
     * @param thresholdDbfs frames below this RMS level are silence
     * @param silence       how long a silence must last to be reported (rounded up to whole 20 ms frames)
     * @param hangover      how long the detector stays in voice after the last loud frame
     */
    public SilenceDetector(double thresholdDbfs, Duration silence, Duration hangover) {
        if (thresholdDbfs > 0) {
            throw new IllegalArgumentException("a silence threshold of " + thresholdDbfs + " dBFS is above full scale");
        }
        if (silence.isNegative() || silence.isZero() || hangover.isNegative()) {
            throw new IllegalArgumentException("silence (" + silence + ") must be positive and hangover ("
                + hangover + ") not negative");
        }
        double rms = FULL_SCALE_RMS * Math.pow(10, thresholdDbfs / 20);
        this.thresholdMeanSquare = rms * rms;
        this.silenceFrames = framesIn(silence);
        this.hangoverFrames = framesIn(hangover);
    }

    private static long framesIn(Duration d) {
        return (d.toMillis() + Pcm.FRAME_MS - 1) / Pcm.FRAME_MS;
    }

    /** Takes the next frame; true on the frame where the silence reaches its duration (once per silence). */
    public boolean process(short[] frame) {
        long sum = 0;
        for (short s : frame) {
            sum += s * s;
        }
        long index = frames++;
        if ((double) sum / frame.length >= thresholdMeanSquare) {
            lastLoud = index;
            reported = false;
            return false;
        }
        if (!reported && index - lastLoud >= silenceFrames) {
            reported = true;
            return true;
        }
        return false;
    }

    /** True while a loud frame was heard within the hangover. */
    public boolean inVoice() {
        return lastLoud >= 0 && frames - 1 - lastLoud <= hangoverFrames;
    }

    /** True once any loud frame was heard. */
    public boolean heardVoice() {
        return lastLoud >= 0;
    }

    /** Frames processed so far. */
    public long frames() {
        return frames;
    }

    /** Frames up to the last loud one plus the hangover (at most all of them); 0 if nothing loud was heard. */
    public long framesToKeep() {
        return lastLoud < 0 ? 0 : Math.min(frames, lastLoud + 1 + hangoverFrames);
    }
}
