package org.centralino.media.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.media.audio.Pcm;
import org.junit.jupiter.api.Test;

/** Frames come out in order with the pauses, the last one padded, then the end is reported once. */
class PromptPlayerTest {
    private final AtomicInteger ends = new AtomicInteger();

    private static Clip clip(String name, double hz, int samples) {
        return new Clip(name, org.centralino.media.audio.Signals.sine(samples, hz, 8000, Pcm.RATE));
    }

    @Test
    void playsClipsWithPausesThenPadsAndEnds() {
        Clip a = clip("a", 400, 500);
        Clip b = clip("b", 900, 330);
        PromptPlayer player = new PromptPlayer(List.of(a, b), 10, ends::incrementAndGet);
        short[] expected = new short[4 * Pcm.FRAME];
        System.arraycopy(a.samples(), 0, expected, 0, 500);
        System.arraycopy(b.samples(), 0, expected, 500 + 160, 330); // 10 ms pause = 160 samples
        short[] frame = new short[Pcm.FRAME];
        for (int i = 0; i < 4; i++) {
            Arrays.fill(frame, (short) 1234);
            assertThat(player.read(frame)).as("frame %d", i).isTrue();
            assertThat(frame).as("frame %d", i)
                .isEqualTo(Arrays.copyOfRange(expected, i * Pcm.FRAME, (i + 1) * Pcm.FRAME));
            assertThat(ends).hasValue(0);
        }
        assertThat(player.finished()).isTrue();
        Arrays.fill(frame, (short) 1234);
        assertThat(player.read(frame)).isFalse();
        assertThat(frame).containsOnly((short) 0);
        assertThat(player.read(frame)).isFalse();
        assertThat(ends).as("end reported once").hasValue(1);
    }

    @Test
    void aClipEndingOnAFrameBoundaryEndsOnTheNextRead() {
        Clip whole = clip("whole", 1000, 2 * Pcm.FRAME);
        PromptPlayer player = new PromptPlayer(List.of(whole), 0, ends::incrementAndGet);
        short[] frame = new short[Pcm.FRAME];
        assertThat(player.read(frame)).isTrue();
        assertThat(frame).isEqualTo(Arrays.copyOfRange(whole.samples(), 0, Pcm.FRAME));
        assertThat(player.read(frame)).isTrue();
        assertThat(frame).isEqualTo(Arrays.copyOfRange(whole.samples(), Pcm.FRAME, 2 * Pcm.FRAME));
        assertThat(player.read(frame)).isFalse();
        assertThat(ends).hasValue(1);
    }

    @Test
    void closingStopsAtOnceWithoutReportingTheEnd() {
        PromptPlayer player = new PromptPlayer(List.of(clip("long", 500, 10 * Pcm.FRAME)), 0, ends::incrementAndGet);
        short[] frame = new short[Pcm.FRAME];
        assertThat(player.read(frame)).isTrue();
        player.close();
        assertThat(player.read(frame)).isFalse();
        assertThat(frame).containsOnly((short) 0);
        assertThat(ends).hasValue(0);
    }

    @Test
    void aSpokenNumberPlaysEveryWordOfIt() {
        PromptLibrary library = new PromptLibrary(null);
        List<Clip> words = library.clips("en", Speech.of("en").number(1_000_005));
        int total = words.stream().mapToInt(Clip::length).sum() + (words.size() - 1) * 800; // 50 ms pauses
        PromptPlayer player = new PromptPlayer(words, 50, ends::incrementAndGet);
        short[] frame = new short[Pcm.FRAME];
        int frames = 0;
        while (player.read(frame)) {
            frames++;
        }
        assertThat(frames).isEqualTo((total + Pcm.FRAME - 1) / Pcm.FRAME);
        assertThat(ends).hasValue(1);
    }
}
