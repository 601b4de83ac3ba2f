package org.centralino.media.tone;

/**
 * Plays a {@link Tone} as linear 16-bit PCM, frame after frame, with its cadence: a sum of sines whose phases
 * run on across frames and across the off periods (so every burst starts clean and no frame boundary clicks).
 * Allocation-free after construction; one generator per leg that hears the tone, used by one thread.
 */
public final class ToneGenerator {
    /** Full scale is 3.17 dB above 0 dBm0 (ITU-T G.711 §2: the µ-law/A-law digital milliwatt). */
    static final double DBM0_FULL_SCALE = 3.17;

    private final int sampleRate;
    private final double[] step;
    private final double[] phase;
    private final double amplitude;
    private final long[] cadenceSamples;
    private final long periodSamples;
    private long position;

    public ToneGenerator(Tone tone, int sampleRate) {
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 8000-48000");
        }
        this.sampleRate = sampleRate;
        int[] frequencies = tone.frequencies();
        this.step = new double[frequencies.length];
        this.phase = new double[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            step[i] = 2 * Math.PI * frequencies[i] / sampleRate;
        }
        this.amplitude = 32767 * Math.pow(10, (tone.levelDbm0() - DBM0_FULL_SCALE) / 20);
        int[] cadence = tone.cadenceMs();
        this.cadenceSamples = new long[cadence.length];
        long period = 0;
        for (int i = 0; i < cadence.length; i++) {
            cadenceSamples[i] = (long) cadence[i] * sampleRate / 1000;
            period += cadenceSamples[i];
        }
        this.periodSamples = period;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Writes the next {@code count} samples into {@code out} from {@code offset}. */
    public void fill(short[] out, int offset, int count) {
        for (int i = 0; i < count; i++) {
            double v = 0;
            for (int f = 0; f < step.length; f++) {
                v += Math.sin(phase[f]);
                phase[f] += step[f];
                if (phase[f] > 2 * Math.PI) {
                    phase[f] -= 2 * Math.PI;
                }
            }
            out[offset + i] = sounding() ? (short) Math.round(v * amplitude) : 0;
            position++;
        }
    }

    /** Back to the start of the cadence (a tone played again starts with its first burst). */
    public void restart() {
        position = 0;
    }

    private boolean sounding() {
        if (periodSamples == 0) {
            return true;
        }
        long at = position % periodSamples;
        for (int i = 0; i < cadenceSamples.length; i++) {
            if (at < cadenceSamples[i]) {
                return i % 2 == 0;
            }
            at -= cadenceSamples[i];
        }
        return false;
    }
}
