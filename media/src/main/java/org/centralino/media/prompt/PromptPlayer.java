package org.centralino.media.prompt;

import java.util.Arrays;
import java.util.List;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;

/**
 * Plays a sentence of clips (a prompt, or the pieces {@link Speech} composes) on the media clock, one
 * {@link Pcm#FRAME} at a time, with an optional pause between clips (concatenated numbers sound less
 * mechanical with a few tens of milliseconds between words; a menu wants more). Following
 * {@link AudioSource#read}, the last partial frame is padded with silence and the next read returns false;
 * the end listener runs once, on that first false. Allocation-free per frame; one player per playback, used by
 * the media clock's thread.
 */
public final class PromptPlayer implements AudioSource {
    /** Longest pause accepted between clips: 10 s. */
    public static final int MAX_PAUSE_MS = 10_000;

    private final Clip[] clips;
    private final int pauseSamples;
    private final Runnable onEnd;
    private int index;
    private int position;
    private int pauseLeft;
    private boolean ended;

    /** Plays {@code clips} back to back. */
    public PromptPlayer(List<Clip> clips) {
        this(clips, 0, () -> { });
    }

    /**
     * @param pauseMillis silence between consecutive clips (none before the first or after the last)
     * @param onEnd       run once when the sentence has been played (not when {@link #close()}d early)
     */
    public PromptPlayer(List<Clip> clips, int pauseMillis, Runnable onEnd) {
        if (pauseMillis < 0 || pauseMillis > MAX_PAUSE_MS) {
            throw new IllegalArgumentException("pause of " + pauseMillis + " ms is outside 0-" + MAX_PAUSE_MS);
        }
        this.clips = clips.toArray(Clip[]::new);
        this.pauseSamples = Pcm.samples(Pcm.RATE, pauseMillis);
        this.onEnd = onEnd;
    }

    @Override
    public boolean read(short[] frame) {
        int filled = 0;
        while (filled < Pcm.FRAME && index < clips.length) {
            if (pauseLeft > 0) {
                int n = Math.min(pauseLeft, Pcm.FRAME - filled);
                Arrays.fill(frame, filled, filled + n, (short) 0);
                pauseLeft -= n;
                filled += n;
                continue;
            }
            short[] samples = clips[index].samples();
            int n = Math.min(samples.length - position, Pcm.FRAME - filled);
            System.arraycopy(samples, position, frame, filled, n);
            position += n;
            filled += n;
            if (position == samples.length) {
                index++;
                position = 0;
                pauseLeft = index < clips.length ? pauseSamples : 0;
            }
        }
        Arrays.fill(frame, filled, Pcm.FRAME, (short) 0);
        if (filled > 0) {
            return true;
        }
        if (!ended) {
            ended = true;
            onEnd.run();
        }
        return false;
    }

    /** Whether the whole sentence has been played (or the player closed). */
    public boolean finished() {
        return index >= clips.length;
    }

    /** Stops early (a caller pressed a key); the end listener does not run. */
    @Override
    public void close() {
        index = clips.length;
        ended = true;
    }
}
