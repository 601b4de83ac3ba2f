package org.centralino.media.dsp;

import java.util.Arrays;

/**
 * A streaming sample-rate converter between 8000, 16000 and 48000 Hz (every pair, both ways; identity when
 * the rates are equal), for codecs whose rate differs from the internal 16 kHz ({@code Pcm}): G.711 and
 * G.729 at 8 kHz, Opus at 48 kHz.
 *
 * <p>Method: rational polyphase FIR (up by L, filter at L × the input rate, down by M, computing only the
 * outputs kept). The low-pass is a Kaiser-windowed sinc ({@link KaiserLowPass}) designed for the lower of
 * the two rates: flat (ripple ±0.01 dB) up to {@link #PASSBAND_EDGE} of it — 3.5 kHz on an 8 kHz side,
 * 7 kHz on a 16 kHz side — and at least {@link #ATTENUATION_DB} dB down from its Nyquist frequency on, so
 * downsampling aliases and upsampling images are both that far down. The cut-off (the -6 dB point) is
 * therefore the middle of that band, {@link #CUTOFF} = 0.469 of the lower rate (3.75 kHz, 7.5 kHz).
 *
 * <p>The filter is linear-phase; its group delay, {@link #delaySamples()}, is a whole number of samples at
 * both rates: 3.6 ms for 8↔16 kHz and 8↔48 kHz, 1.8 ms for 16↔48 kHz.
 *
 * <p>State (the last input samples and the phase) is carried from call to call, so a signal processed in
 * chunks of any size gives exactly the output it gives in one call. Calls allocate nothing. Outputs are
 * rounded to the nearest integer and saturated to 16 bits. One stream, one thread.
 */
public final class Resampler {
    /** Rates supported, in Hz. */
    private static final int[] RATES = {8000, 16_000, 48_000};
    /** Upper edge of the flat pass band, as a fraction of the lower rate (7/16: 3.5 kHz at 8 kHz). */
    static final double PASSBAND_EDGE = 0.4375;
    /** Where the stop band starts, as a fraction of the lower rate: its Nyquist frequency. */
    static final double STOPBAND_EDGE = 0.5;
    /** The cut-off, halfway between the two edges: 15/32 of the lower rate. */
    static final double CUTOFF = (PASSBAND_EDGE + STOPBAND_EDGE) / 2;
    /** Stop-band attenuation the Kaiser design aims at (the tests require 50 dB). */
    static final double ATTENUATION_DB = 60;

    private final int fromRate;
    private final int toRate;
    private final int up;
    private final int down;
    private final int tapsPerPhase;
    /** Phase p's taps at [p·K, (p+1)·K), in the order of the history window (oldest input first). */
    private final float[] coefficients;
    /** The last K inputs, each written twice (at i and i + K) so the window is contiguous. */
    private final float[] history;
    private final int delay;
    private int position;
    private int phase;

    private Resampler(int fromRate, int toRate) {
        this.fromRate = fromRate;
        this.toRate = toRate;
        int gcd = gcd(fromRate, toRate);
        this.up = toRate / gcd;
        this.down = fromRate / gcd;
        int filterRate = fromRate * up;
        int lower = Math.min(fromRate, toRate);
        KaiserLowPass design = new KaiserLowPass(CUTOFF * lower / filterRate,
            (STOPBAND_EDGE - PASSBAND_EDGE) * lower / filterRate, ATTENUATION_DB);
        int step = up * down; // a multiple of both makes the delay whole at both rates
        int half = fromRate == toRate ? 0 : ceilDiv(design.minimumHalfLength(), step) * step;
        this.delay = half / down;
        this.tapsPerPhase = fromRate == toRate ? 1 : ceilDiv(2 * half + 1, up);
        this.coefficients = fromRate == toRate ? new float[] {1} : polyphase(design.taps(half, up));
        this.history = new float[2 * tapsPerPhase];
    }

    /**
     * A resampler from {@code fromRate} to {@code toRate}.
     *
     * @throws IllegalArgumentException when a rate is not 8000, 16000 or 48000
     */
    public static Resampler of(int fromRate, int toRate) {
        requireSupported(fromRate);
        requireSupported(toRate);
        return new Resampler(fromRate, toRate);
    }

    public int fromRate() {
        return fromRate;
    }

    public int toRate() {
        return toRate;
    }

    /** The most samples {@link #process} can write for {@code inCount} input samples. */
    public int maxOutput(int inCount) {
        return ceilDiv(inCount * up, down);
    }

    /**
     * Converts {@code inCount} samples from {@code in[inOffset]} and writes the outputs that are now
     * complete to {@code out} from {@code outOffset}, which needs room for {@link #maxOutput(int)} samples.
     *
     * @return the samples written: exactly {@code inCount × toRate / fromRate} whenever every call so far
     *     has had a multiple of {@code fromRate / gcd(fromRate, toRate)} samples (any whole number of
     *     milliseconds at these rates)
     */
    public int process(short[] in, int inOffset, int inCount, short[] out, int outOffset) {
        if (up == down) {
            System.arraycopy(in, inOffset, out, outOffset, inCount);
            return inCount;
        }
        int written = 0;
        for (int i = 0; i < inCount; i++) {
            push(in[inOffset + i]);
            while (phase < up) {
                out[outOffset + written++] = round(dot(phase * tapsPerPhase));
                phase += down;
            }
            phase -= up;
        }
        return written;
    }

    /**
     * The group delay in output samples: an input impulse at time t comes out centred at t plus this many
     * output samples (plus its own position's rounding when downsampling). Always a whole number of input
     * samples too; 0 when the rates are equal.
     */
    public int delaySamples() {
        return delay;
    }

    /** Forgets the past input, as if newly made (for a new stream or after a discontinuity). */
    public void reset() {
        Arrays.fill(history, 0);
        position = 0;
        phase = 0;
    }

    private void push(short sample) {
        history[position] = sample;
        history[position + tapsPerPhase] = sample;
        position = position + 1 == tapsPerPhase ? 0 : position + 1;
    }

    /** One output: the taps at {@code from} against the window of the last K inputs, oldest first. */
    private float dot(int from) {
        float a = 0;
        float b = 0;
        int n = tapsPerPhase;
        int k = 0;
        for (; k + 1 < n; k += 2) {
            a += coefficients[from + k] * history[position + k];
            b += coefficients[from + k + 1] * history[position + k + 1];
        }
        if (k < n) {
            a += coefficients[from + k] * history[position + k];
        }
        return a + b;
    }

    /** Splits the prototype into L phases of K taps each, phase p holding h[p + jL], newest input last. */
    private float[] polyphase(double[] h) {
        float[] c = new float[up * tapsPerPhase];
        for (int p = 0; p < up; p++) {
            for (int j = 0; j < tapsPerPhase; j++) {
                int tap = p + j * up;
                c[p * tapsPerPhase + tapsPerPhase - 1 - j] = tap < h.length ? (float) h[tap] : 0f;
            }
        }
        return c;
    }

    private static short round(float value) {
        return (short) Math.clamp(Math.round(value), Short.MIN_VALUE, Short.MAX_VALUE);
    }

    private static void requireSupported(int rate) {
        for (int r : RATES) {
            if (r == rate) {
                return;
            }
        }
        throw new IllegalArgumentException("resampling supports 8000, 16000 and 48000 Hz, not " + rate + " Hz");
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
