package org.centralino.media.moh;

/**
 * Adds sine partials into a circular buffer: a note that runs past the end continues at the start, so the
 * finished buffer is one period of a periodic signal and loops without a seam (the sample after the last is
 * exactly the first one the piece would have produced). Each partial is a phasor rotated by complex
 * multiplication (no sine per sample), shaped by raised-cosine attack and release (no clicks: the envelope and
 * its slope start and end at zero) and an optional exponential decay.
 */
final class LoopSynth {
    /** Re-normalise the phasor every this many samples so rounding cannot make it grow or shrink. */
    private static final int RENORMALISE_EVERY = 4096;

    private final double[] buffer;
    private final int rate;

    LoopSynth(int rate, int length) {
        this.rate = rate;
        this.buffer = new double[length];
    }

    int rate() {
        return rate;
    }

    int length() {
        return buffer.length;
    }

    double[] buffer() {
        return buffer;
    }

    /**
     * Adds {@code amp * env(t) * sin(2 pi f t)} from {@code start} for {@code length} samples.
     *
     * @param decaySeconds time constant of the exponential decay after the attack; 0 for none (a held pad)
     */
    void partial(int start, int length, double freq, double amp, Shape shape, double decaySeconds) {
        double w = 2 * Math.PI * freq / rate;
        double cr = Math.cos(w);
        double sr = Math.sin(w);
        double c = 1;
        double s = 0;
        double decay = decaySeconds > 0 ? Math.exp(-1 / (decaySeconds * rate)) : 1;
        double level = amp;
        int at = Math.floorMod(start, buffer.length);
        for (int i = 0; i < length; i++) {
            buffer[at] += level * shape.at(i, length) * s;
            if (++at == buffer.length) {
                at = 0;
            }
            double nc = c * cr - s * sr;
            s = s * cr + c * sr;
            c = nc;
            if (i >= shape.attack()) {
                level *= decay;
            }
            if (i % RENORMALISE_EVERY == 0) {
                double norm = Math.sqrt(c * c + s * s);
                c /= norm;
                s /= norm;
            }
        }
    }

    /** Raised-cosine attack and release lengths, in samples. */
    record Shape(int attack, int release) {
        double at(int i, int length) {
            if (i < attack) {
                return 0.5 - 0.5 * Math.cos(Math.PI * i / attack);
            }
            int left = length - i;
            if (left < release) {
                return 0.5 - 0.5 * Math.cos(Math.PI * left / release);
            }
            return 1;
        }
    }
}
