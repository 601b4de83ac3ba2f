package org.centralino.media.moh;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;
import org.centralino.media.prompt.Clip;
import org.centralino.media.prompt.PromptPlayer;
import org.junit.jupiter.api.Test;

/** Prompt and music-on-hold players allocate nothing per frame (they run on the 20 ms media clock). */
class PlayerAllocationTest {
    private static final int FRAMES = 50_000;

    private static long allocatedWhileReading(AudioSource source, short[] frame) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 1000; i++) {
            source.read(frame); // warm up: let the JIT compile read()
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        long sum = 0;
        for (int i = 0; i < FRAMES; i++) {
            source.read(frame);
            sum += frame[7];
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(before).as("allocation counter").isPositive();
        return sum == Long.MIN_VALUE ? -1 : allocated;
    }

    @Test
    void readingFramesAllocatesNothing() {
        short[] tone = new short[Pcm.RATE + 7]; // not a whole number of frames: exercises the wrap
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (1000 * Math.sin(i * 0.1));
        }
        Clip clip = new Clip("tone", tone);
        MohPlayer moh = new MohPlayer(new MohClass("test", List.of(clip, clip)));
        PromptPlayer prompt = new PromptPlayer(java.util.Collections.nCopies(FRAMES, clip), 30, () -> { });
        short[] frame = new short[Pcm.FRAME];
        assertThat(allocatedWhileReading(moh, frame)).as("bytes allocated by %d MoH frames", FRAMES)
            .isLessThan(1024);
        assertThat(allocatedWhileReading(prompt, frame)).as("bytes allocated by %d prompt frames", FRAMES)
            .isLessThan(1024);
    }
}
