package org.centralino.media.audio;

/**
 * The one place the media tests make and measure test signals: sines and voiced sound, the level of one
 * frequency (Goertzel, or a Hann-windowed DFT bin), RMS, SNR and delay against a reference. Stretches are
 * {@code [from, to)} unless a method takes a {@code count}.
 */
public final class Signals {
    private Signals() {
    }

    /** A sine of {@code amplitude} (16-bit units) at {@code hz}, rounded to 16 bits. */
    public static short[] sine(int samples, double hz, double amplitude, int rate) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }

    /**
     * Speech-like voiced sound: "syllables" of {@code syllableSamples}, each harmonics 1..12 of a pitch from
     * {@code pitches}, in turn, falling by 1/k, under a raised-cosine envelope, peak {@code peak}.
     */
    public static short[] voiced(int rate, double[] pitches, int syllableSamples, int syllables, double peak) {
        short[] pcm = new short[syllableSamples * syllables];
        for (int s = 0; s < syllables; s++) {
            double f0 = pitches[s % pitches.length];
            for (int i = 0; i < syllableSamples; i++) {
                double t = (double) i / rate;
                double v = 0;
                for (int k = 1; k <= 12 && k * f0 < rate / 2.0; k++) {
                    v += Math.sin(2 * Math.PI * k * f0 * t + k) / k;
                }
                double envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / syllableSamples);
                pcm[s * syllableSamples + i] = (short) Math.round(peak / 2.2 * envelope * v);
            }
        }
        return pcm;
    }

    /**
     * Amplitude of the {@code hz} component of {@code pcm[from, to)} sampled at {@code rate}, by the Goertzel
     * algorithm: a full-scale sine of amplitude A at that frequency measures A (exactly when the window holds a
     * whole number of its periods), other frequencies measure near 0.
     */
    public static double amplitude(short[] pcm, int from, int to, double hz, int rate) {
        return amplitude(pcm, from, to, 1, hz, rate);
    }

    /** As {@link #amplitude(short[], int, int, double, int)} on every {@code stride}-th sample (one channel). */
    public static double amplitude(short[] pcm, int from, int to, int stride, double hz, int rate) {
        double k = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        int n = 0;
        for (int i = from; i < to; i += stride) {
            double s = pcm[i] + k * s1 - s2;
            s2 = s1;
            s1 = s;
            n++;
        }
        double power = s1 * s1 + s2 * s2 - k * s1 * s2;
        return 2 * Math.sqrt(Math.max(power, 0)) / n;
    }

    /** The mean square of the {@code hz} component of {@code pcm[from, to)}: a sine of amplitude A gives A²/2. */
    public static double power(short[] pcm, int from, int to, double hz, int rate) {
        double a = amplitude(pcm, from, to, hz, rate);
        return a * a / 2;
    }

    /**
     * Amplitude of the component at {@code hz} in {@code pcm[from, to)} by a Hann-windowed single-bin DFT,
     * normalised so a sine of amplitude A reads A: the window keeps a strong tone from leaking into a weak one
     * far away (resampler images).
     */
    public static double hannAmplitude(short[] pcm, int from, int to, double hz, int rate) {
        int count = to - from;
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

    /** Root mean square of {@code pcm[from, to)}. */
    public static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** 10·log10 of a ratio of powers. */
    public static double powerDb(double ratio) {
        return 10 * Math.log10(ratio);
    }

    /** 20·log10 of a ratio of amplitudes. */
    public static double amplitudeDb(double ratio) {
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

    /** Mean square of the difference {@code b[bFrom + i] - a[aFrom + i]} for i in [0, count). */
    public static double errorPower(short[] a, int aFrom, short[] b, int bFrom, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double d = b[bFrom + i] - a[aFrom + i];
            sum += d * d;
        }
        return sum / count;
    }

    /** The lag in [0, maxLag] at which {@code actual} best matches {@code expected} (highest SNR). */
    public static int delay(short[] expected, short[] actual, int from, int count, int maxLag) {
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

    /** Normalised cross-correlation of two stretches of {@code count}: 1 for the same waveform at any level. */
    public static double correlation(short[] a, int aFrom, short[] b, int bFrom, int count) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < count; i++) {
            ab += (double) a[aFrom + i] * b[bFrom + i];
            aa += (double) a[aFrom + i] * a[aFrom + i];
            bb += (double) b[bFrom + i] * b[bFrom + i];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
