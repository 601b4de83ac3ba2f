package org.centralino.media.dsp;

/** Measurements on test signals: tone level by single-bin DFT (Goertzel), RMS, SNR against a reference. */
public final class Spectrum {
    private Spectrum() {
    }

    /**
     * Amplitude of the component at {@code hz} in {@code pcm[from, from + count)}, by a Hann-windowed
     * single-bin DFT normalised so a sine of amplitude A reads A.
     */
    public static double amplitude(short[] pcm, int from, int count, double hz, int rate) {
        double re = 0;
        double im = 0;
        double windowSum = 0;
        for (int i = 0; i < count; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / count);
            double phase = 2 * Math.PI * hz * i / rate;
            re += w * pcm[from + i] * Math.cos(phase);
            im += w * pcm[from + i] * Math.sin(phase);
            windowSum += w;
        }
        return 2 * Math.hypot(re, im) / windowSum;
    }

    public static double rms(short[] pcm, int from, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (double) pcm[from + i] * pcm[from + i];
        }
        return Math.sqrt(sum / count);
    }

    /** 20·log10 of a ratio. */
    public static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    /**
     * Signal-to-noise ratio in dB of {@code actual[from + lag + i]} against {@code expected[from + i]} for
     * i in [0, count): the error is everything that differs.
     */
    public static double snr(short[] expected, short[] actual, int from, int lag, int count) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < count; i++) {
            double e = expected[from + i];
            double d = actual[from + lag + i] - e;
            signal += e * e;
            noise += d * d;
        }
        return 10 * Math.log10(signal / Math.max(noise, 1e-9));
    }

    /** The lag in [0, maxLag] at which {@code actual} best matches {@code expected} (highest SNR). */
    public static int bestLag(short[] expected, short[] actual, int from, int count, int maxLag) {
        int best = 0;
        double bestSnr = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag <= maxLag; lag++) {
            double s = snr(expected, actual, from, lag, count);
            if (s > bestSnr) {
                bestSnr = s;
                best = lag;
            }
        }
        return best;
    }

    /** A sine of {@code amplitude} at {@code hz}, rounded to 16 bits. */
    public static short[] sine(int samples, double hz, double amplitude, int rate) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }
}
