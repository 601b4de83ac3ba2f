package org.centralino.media.codec;

import java.util.SplittableRandom;

/** Test signals at 16 kHz for the G.722 comparisons: deterministic (seeded), 16-bit. */
final class G722Signals {
    static final int RATE = 16_000;

    private G722Signals() {
    }

    /** Logarithmic sine sweep from 50 Hz to 7.9 kHz at {@code amplitude}. */
    static short[] sweep(double seconds, double amplitude) {
        short[] out = new short[(int) (seconds * RATE)];
        double f0 = 50;
        double f1 = 7900;
        double k = Math.log(f1 / f0) / seconds;
        for (int i = 0; i < out.length; i++) {
            double t = (double) i / RATE;
            double phase = 2 * Math.PI * f0 * (Math.exp(k * t) - 1) / k;
            out[i] = clip(amplitude * Math.sin(phase));
        }
        return out;
    }

    /** Gaussian white noise with the given RMS, clipped to 16 bits. */
    static short[] whiteNoise(double seconds, double rms, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] out = new short[(int) (seconds * RATE)];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(rms * gaussian(random));
        }
        return out;
    }

    /**
     * Speech-like sound: noise through a resonant low-pass (a formant that wanders between 300 Hz and 3 kHz),
     * with a 4 Hz syllabic envelope and pauses, at levels from whisper to shout (the loudest syllables clip).
     */
    static short[] speechLike(double seconds, long seed) {
        return speechLike(seconds, seed, 1);
    }

    /** {@link #speechLike(double, long)} scaled by {@code gain} (1 is loud, peaks clip; 1/8 is a normal talker). */
    static short[] speechLike(double seconds, long seed, double gain) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] out = new short[(int) (seconds * RATE)];
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < out.length; i++) {
            double t = (double) i / RATE;
            double formant = 300 + 2700 * (0.5 + 0.5 * Math.sin(2 * Math.PI * 0.7 * t));
            double w = 2 * Math.PI * formant / RATE;
            double r = 0.97;
            double y = gaussian(random) + 2 * r * Math.cos(w) * y1 - r * r * y2;
            y2 = y1;
            y1 = y;
            double syllable = Math.max(0, Math.sin(2 * Math.PI * 4 * t));
            double talking = Math.sin(2 * Math.PI * 0.2 * t) > -0.3 ? 1 : 0;
            double level = gain * 300 + gain * 1500 * (0.5 + 0.5 * Math.sin(2 * Math.PI * 0.05 * t));
            out[i] = clip(level * syllable * talking * y);
        }
        return out;
    }

    /** Full-scale square wave (+32767 / -32768) at {@code hz}. */
    static short[] square(double seconds, double hz) {
        short[] out = new short[(int) (seconds * RATE)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((long) Math.floor(2 * hz * i / RATE) & 1) == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        return out;
    }

    /** A constant signal (0 is silence). */
    static short[] constant(double seconds, int value) {
        short[] out = new short[(int) (seconds * RATE)];
        java.util.Arrays.fill(out, (short) value);
        return out;
    }

    /** Uniformly random 16-bit samples. */
    static short[] random16(double seconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] out = new short[(int) (seconds * RATE)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) random.nextInt();
        }
        return out;
    }

    /** Uniformly random octets: G.722 payloads no encoder would make. */
    static byte[] randomOctets(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) random.nextInt();
        }
        return out;
    }

    static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
