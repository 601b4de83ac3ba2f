package org.centralino.benchmarks;

/**
 * Test audio for the codec benchmarks: voiced "syllables" of 120, 180 and 240 Hz pitch (12 harmonics falling
 * 1/k, a raised-cosine envelope five times a second, peaks about -10 dBFS), so codecs and filters run on
 * changing, speech-shaped sound with their state carried across frames rather than on silence or a pure tone.
 */
public final class SpeechLike {
    private static final double[] PITCHES_HZ = {120, 180, 240};
    private static final int HARMONICS = 12;
    private static final int SYLLABLES_PER_SECOND = 5;
    private static final double PEAK = 5000;

    private SpeechLike() {
    }

    /** {@code samples} samples at {@code rate} Hz. */
    public static short[] voiced(int rate, int samples) {
        int syllable = rate / SYLLABLES_PER_SECOND;
        short[] s = new short[samples];
        for (int i = 0; i < samples; i++) {
            double f0 = PITCHES_HZ[i / syllable % PITCHES_HZ.length];
            double t = (double) (i % syllable) / rate;
            double v = 0;
            for (int k = 1; k <= HARMONICS && k * f0 < rate / 2.0; k++) {
                v += Math.sin(2 * Math.PI * k * f0 * t + k) / k;
            }
            double envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i % syllable) / syllable);
            s[i] = (short) Math.round(PEAK * envelope * v);
        }
        return s;
    }
}
