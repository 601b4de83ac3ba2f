package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.Signals;
import org.centralino.media.dsp.Resampler;
import org.centralino.media.dtmf.DtmfDetector;
import org.junit.jupiter.api.Test;

/** Keys sent as tones to a phone that agreed no telephone events (ITU-T Q.23/Q.24). */
class InBandKeysTest {
    private final InBandKeys keys = new InBandKeys();

    /** Frames until {@link InBandKeys#next} says nothing sounds; each frame's RMS, and what a detector heard. */
    private record Played(List<Double> levels, String detected) {
    }

    private Played play() {
        return play(keys, 0);
    }

    /** Plays every key of {@code keys}, the detector's blocks starting {@code offset} samples (8 kHz) earlier. */
    private static Played play(InBandKeys keys, int offset) {
        List<Double> levels = new ArrayList<>();
        StringBuilder detected = new StringBuilder();
        DtmfDetector detector = new DtmfDetector(detected::append);
        Resampler toNarrow = Resampler.of(Pcm.RATE, 8000);
        short[] frame = new short[Pcm.FRAME];
        short[] narrow = new short[Pcm.FRAME / 2];
        detector.process(new short[offset], 0, offset);
        while (keys.next(frame)) {
            levels.add(Signals.rms(frame, 0, Pcm.FRAME));
            toNarrow.process(frame, 0, Pcm.FRAME, narrow, 0);
            detector.process(narrow, 0, narrow.length);
            if (levels.size() > 1000) {
                throw new AssertionError("keys never stop sounding");
            }
        }
        short[] silence = new short[narrow.length]; // lets the detector finish the last block
        for (int i = 0; i < 5; i++) {
            detector.process(silence, 0, silence.length);
        }
        return new Played(levels, detected.toString());
    }

    @Test
    void keysOneAndHashAreDetectedInOrderWithThePauseBetween() {
        keys.add('1', 100);
        keys.add('#', 100);

        Played played = play();

        assertThat(played.detected()).isEqualTo("1#");
        int toneFrames = 100 / Pcm.FRAME_MS;
        int pauseFrames = InBandKeys.PAUSE_MILLIS / Pcm.FRAME_MS;
        assertThat(played.levels()).hasSize(2 * (toneFrames + pauseFrames));
        for (int i = 0; i < played.levels().size(); i++) {
            boolean sounding = i % (toneFrames + pauseFrames) < toneFrames;
            if (sounding) {
                assertThat(played.levels().get(i)).as("frame %d sounds", i).isGreaterThan(1000);
            } else {
                assertThat(played.levels().get(i)).as("frame %d is the pause", i).isZero();
            }
        }
    }

    @Test
    void theToneHoldsTheKeysRowAndColumnFrequencies() {
        keys.add('1', 100); // 697 Hz + 1209 Hz
        short[] frame = new short[Pcm.FRAME * 5];
        short[] one = new short[Pcm.FRAME];
        for (int i = 0; i < 5; i++) {
            assertThat(keys.next(one)).isTrue();
            System.arraycopy(one, 0, frame, i * Pcm.FRAME, Pcm.FRAME);
        }
        double row = Signals.amplitude(frame, 0, frame.length, 697, Pcm.RATE);
        double column = Signals.amplitude(frame, 0, frame.length, 1209, Pcm.RATE);
        double other = Signals.amplitude(frame, 0, frame.length, 770, Pcm.RATE);
        assertThat(row).isGreaterThan(1000);
        assertThat(column).isGreaterThan(1000);
        assertThat(other).isLessThan(row / 20);
    }

    @Test
    void aShortKeyIsDetectedWhereverTheDetectorsBlocksFall() {
        for (int millis : new int[] {10, 40, 50, 60}) {
            for (int offset = 0; offset < DtmfDetector.BLOCK; offset += 15) {
                InBandKeys k = new InBandKeys();
                k.add('5', millis);
                Played played = play(k, offset);
                assertThat(played.detected()).as("a %d ms key, blocks %d samples early", millis, offset)
                    .isEqualTo("5");
                long sounding = played.levels().stream().filter(l -> l > 0).count();
                assertThat(sounding * Pcm.FRAME_MS).isEqualTo(InBandKeys.MIN_TONE_MILLIS);
            }
        }
    }

    @Test
    void nothingSoundsWithoutKeys() {
        assertThat(keys.next(new short[Pcm.FRAME])).isFalse();
    }
}
