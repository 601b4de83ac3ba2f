package org.centralino.media.codec;

/** Test signals and the measurements the codec tests make on them (Goertzel, RMS, delay, SNR). */
final class NativeSignals {
    private NativeSignals() {
    }

    /** A sine of {@code amplitude} (16-bit units) at {@code hz}. */
    static short[] sine(int rate, double hz, double amplitude, int samples) {
        short[] pcm = new short[samples];
        for (int i = 0; i < samples; i++) {
            pcm[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return pcm;
    }

    /**
     * Speech-like sound: "syllables" of {@code syllableSamples}, each a voiced sound (harmonics 1..12 of a
     * pitch from {@code pitches}, in turn, falling by 1/k) under a raised-cosine envelope, peak {@code peak}.
     */
    static short[] speechLike(int rate, double[] pitches, int syllableSamples, int syllables, double peak) {
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

    /** The mean square, at {@code hz}, of {@code pcm[from, from+count)}: a sine of amplitude A gives A²/2. */
    static double goertzel(short[] pcm, int from, int count, int rate, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < count; i++) {
            double s0 = pcm[from + i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * power / ((double) count * count);
    }

    static double rms(short[] pcm, int from, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (double) pcm[from + i] * pcm[from + i];
        }
        return Math.sqrt(sum / count);
    }

    static double db(double ratio) {
        return 10 * Math.log10(ratio);
    }

    /** The lag (0..maxLag) at which {@code out} best matches {@code in} (normalised cross-correlation). */
    static int delay(short[] in, short[] out, int from, int count, int maxLag) {
        int best = 0;
        double bestCorrelation = -2;
        for (int lag = 0; lag <= maxLag; lag++) {
            double c = correlation(in, from, out, from + lag, count);
            if (c > bestCorrelation) {
                bestCorrelation = c;
                best = lag;
            }
        }
        return best;
    }

    /** Normalised cross-correlation of two stretches: 1 for the same waveform at any level. */
    static double correlation(short[] a, int aFrom, short[] b, int bFrom, int count) {
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

    /** Mean square of the difference {@code b[bFrom+i] - a[aFrom+i]}. */
    static double errorPower(short[] a, int aFrom, short[] b, int bFrom, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double d = b[bFrom + i] - a[aFrom + i];
            sum += d * d;
        }
        return sum / count;
    }

    /** Signal-to-noise ratio in dB of {@code out} (shifted by {@code lag}) against {@code in}. */
    static double snrDb(short[] in, short[] out, int from, int count, int lag) {
        double signal = rms(in, from, count);
        return db(signal * signal / errorPower(in, from, out, from + lag, count));
    }
}
