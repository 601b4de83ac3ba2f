package org.centralino.media.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The resampler measured on tones and noise: pass band, aliases, images, chunking, round trip, delay. */
class ResamplerTest {
    private static final double AMPLITUDE = 20_000;

    static Stream<Arguments> pairs() {
        return Stream.concat(downward(), upward());
    }

    static Stream<Arguments> downward() {
        return Stream.of(Arguments.of(16_000, 8000), Arguments.of(48_000, 8000), Arguments.of(48_000, 16_000));
    }

    static Stream<Arguments> upward() {
        return Stream.of(Arguments.of(8000, 16_000), Arguments.of(8000, 48_000), Arguments.of(16_000, 48_000));
    }

    @ParameterizedTest(name = "{0} -> {1} Hz")
    @MethodSource("pairs")
    void passBandIsFlatWithinHalfADecibel(int from, int to) {
        int lower = Math.min(from, to);
        double edge = lower == 8000 ? 3400 : 7000;
        for (double hz : new double[] {100, 300, 1000, 2000, edge * 0.75, edge}) {
            short[] out = resample(Signals.sine(from, hz, AMPLITUDE, from), from, to);
            double gainDb = Signals.amplitudeDb(Signals.hannAmplitude(out, to / 4, 3 * to / 4, hz, to) / AMPLITUDE);
            assertThat(gainDb).as("gain at %.0f Hz, %d -> %d", hz, from, to).isBetween(-0.5, 0.5);
        }
    }

    @ParameterizedTest(name = "{0} -> {1} Hz")
    @MethodSource("downward")
    void downsamplingAttenuatesTonesAboveTheNewNyquistByFiftyDecibels(int from, int to) {
        double nyquist = to / 2.0;
        for (double factor : new double[] {1.02, 1.1, 1.3, 1.6, 1.9, 2.5, 4, 5.8}) {
            double hz = nyquist * factor;
            if (hz >= from / 2.0 * 0.98) {
                continue;
            }
            short[] out = resample(Signals.sine(from, hz, AMPLITUDE, from), from, to);
            double levelDb = Signals.amplitudeDb(Signals.rms(out, to / 4, 3 * to / 4) / (AMPLITUDE / Math.sqrt(2)));
            assertThat(levelDb).as("what is left of %.0f Hz, %d -> %d", hz, from, to).isLessThan(-50);
        }
    }

    @ParameterizedTest(name = "{0} -> {1} Hz")
    @MethodSource("upward")
    void upsamplingLeavesImagesFiftyDecibelsDown(int from, int to) {
        double edge = from == 8000 ? 3400 : 7000;
        for (double hz : new double[] {300, 1000, edge}) {
            short[] out = resample(Signals.sine(from, hz, AMPLITUDE, from), from, to);
            for (int k = 1; k * from - hz < to / 2.0; k++) {
                for (double image : new double[] {k * from - hz, k * from + hz}) {
                    if (image >= to / 2.0) {
                        continue;
                    }
                    double level = Signals.amplitudeDb(
                        Signals.hannAmplitude(out, to / 4, 3 * to / 4, image, to) / AMPLITUDE);
                    assertThat(level).as("image at %.0f Hz of %.0f Hz, %d -> %d", image, hz, from, to)
                        .isLessThan(-50);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1} Hz")
    @MethodSource("pairs")
    void twentyMillisecondChunksGiveExactlyTheOutputOfOneCall(int from, int to) {
        short[] in = noise(from * 3, 7);
        short[] whole = resample(in, from, to);
        Resampler chunked = Resampler.of(from, to);
        short[] out = new short[whole.length];
        int frame = from / 50;
        int written = 0;
        for (int at = 0; at < in.length; at += frame) {
            int n = chunked.process(in, at, frame, out, written);
            assertThat(n).isEqualTo(frame * to / from);
            written += n;
        }
        assertThat(written).isEqualTo(whole.length);
        assertThat(out).isEqualTo(whole);
    }

    @Test
    void eightToSixteenAndBackKeepsBandLimitedAudioAbove40DecibelsSnr() {
        SplittableRandom random = new SplittableRandom(3);
        short[] in = new short[8000 * 3];
        double[] f = new double[20];
        double[] phase = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = 100 + random.nextDouble() * 3300;
            phase[k] = random.nextDouble() * 2 * Math.PI;
        }
        for (int i = 0; i < in.length; i++) {
            double v = 0;
            for (int k = 0; k < f.length; k++) {
                v += Math.sin(2 * Math.PI * f[k] * i / 8000 + phase[k]);
            }
            in[i] = (short) Math.round(1200 * v);
        }
        Resampler up = Resampler.of(8000, 16_000);
        Resampler down = Resampler.of(16_000, 8000);
        short[] wide = new short[in.length * 2];
        short[] back = new short[in.length];
        up.process(in, 0, in.length, wide, 0);
        down.process(wide, 0, wide.length, back, 0);
        int delay = up.delaySamples() / 2 + down.delaySamples();
        assertThat(Signals.delay(in, back, 8000, 8000, 100)).as("measured delay").isEqualTo(delay);
        assertThat(Signals.snr(in, back, 8000, delay, 8000)).isGreaterThan(40);
    }

    @ParameterizedTest(name = "{0} -> {1} Hz")
    @MethodSource("pairs")
    void anImpulseComesOutCentredAfterTheDocumentedDelay(int from, int to) {
        short[] in = new short[from / 10];
        in[from / 50] = 30_000;
        short[] out = resample(in, from, to);
        int peak = 0;
        for (int i = 1; i < out.length; i++) {
            if (Math.abs(out[i]) > Math.abs(out[peak])) {
                peak = i;
            }
        }
        Resampler r = Resampler.of(from, to);
        assertThat(peak).isEqualTo(from / 50 * to / from + r.delaySamples());
        assertThat(r.delaySamples() * from % to).as("whole number of input samples").isZero();
    }

    @Test
    void equalRatesCopyAndUnsupportedRatesAreRefused() {
        short[] in = noise(320, 1);
        short[] out = new short[320];
        Resampler same = Resampler.of(16_000, 16_000);
        assertThat(same.process(in, 0, 320, out, 0)).isEqualTo(320);
        assertThat(out).isEqualTo(in);
        assertThat(same.delaySamples()).isZero();
        assertThatThrownBy(() -> Resampler.of(44_100, 16_000)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("44100");
    }

    @Test
    void overshootAtFullScaleSaturatesInsteadOfWrappingAndResetForgetsThePast() {
        short[] out = new short[3200];
        Resampler r = Resampler.of(48_000, 16_000);
        r.process(step(16_000), 0, 9600, out, 0);
        int peak = 0;
        for (short v : out) {
            peak = Math.max(peak, v);
        }
        assertThat(peak).as("a half-scale step overshoots by more than 10%% (measured 17.6%%)").isGreaterThan(17_600);
        r.reset();
        r.process(step(Short.MAX_VALUE), 0, 9600, out, 0); // so at full scale the overshoot cannot fit
        int centre = 1600 + r.delaySamples();
        int saturated = 0;
        for (int i = centre - 400; i < centre - 3; i++) {
            assertThat(out[i]).as("before the step, at %d", i).isNegative();
            saturated += out[i] == Short.MIN_VALUE ? 1 : 0;
        }
        for (int i = centre + 4; i < out.length; i++) {
            assertThat(out[i]).as("after the step, at %d", i).isPositive(); // a wrapped overshoot would be < 0
            saturated += out[i] == Short.MAX_VALUE ? 1 : 0;
        }
        assertThat(saturated).as("samples of the Gibbs overshoot saturated at full scale").isPositive();
        r.reset();
        assertThat(r.delaySamples()).isEqualTo(29);
        short[] silence = new short[480];
        short[] quiet = new short[160];
        r.process(silence, 0, 480, quiet, 0);
        assertThat(quiet).containsOnly((short) 0);
    }

    @Test
    void processingAFrameAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        short[] in = noise(960, 2);
        short[] out = new short[960];
        Resampler down = Resampler.of(48_000, 16_000);
        Resampler up = Resampler.of(8000, 48_000);
        for (int i = 0; i < 20_000; i++) {
            down.process(in, 0, 960, out, 0);
            up.process(in, 0, 160, out, 0);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 5000; i++) {
            down.process(in, 0, 960, out, 0);
            up.process(in, 0, 160, out, 0);
        }
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1024);
    }

    /** 0.2 s at 48 kHz: {@code -level - 1} for 0.1 s, then {@code level}. */
    private static short[] step(int level) {
        short[] step = new short[9600];
        for (int i = 0; i < step.length; i++) {
            step[i] = (short) (i < 4800 ? -level - 1 : level);
        }
        return step;
    }

    private static short[] resample(short[] in, int from, int to) {
        Resampler r = Resampler.of(from, to);
        short[] out = new short[r.maxOutput(in.length)];
        int n = r.process(in, 0, in.length, out, 0);
        assertThat(n).isEqualTo((int) ((long) in.length * to / from));
        return out;
    }

    private static short[] noise(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) random.nextInt(-12_000, 12_000);
        }
        return out;
    }
}
