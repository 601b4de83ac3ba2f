package org.centralino.media.tone;

import java.time.Duration;
import java.util.Arrays;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;

/** A tone played with its cadence for a given time, then the end: ringback, busy, a beep, in the internal format. */
public final class TonePlayer implements AudioSource {
    private final ToneGenerator generator;
    private final long frames;
    private long played;

    public TonePlayer(Tone tone, Duration duration) {
        this.generator = new ToneGenerator(tone, Pcm.RATE);
        this.frames = Math.max(1, duration.toMillis() / Pcm.FRAME_MS);
    }

    @Override
    public boolean read(short[] frame) {
        if (played >= frames) {
            Arrays.fill(frame, (short) 0);
            return false;
        }
        played++;
        generator.fill(frame, 0, Pcm.FRAME);
        return true;
    }
}
