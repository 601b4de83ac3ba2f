package org.centralino.media.audio;

/** Measuring test signals: the amplitude of one frequency (Goertzel) and the level of a stretch of PCM. */
public final class Signals {
    private Signals() {
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

    /** Root mean square of {@code pcm[from, to)}. */
    public static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
