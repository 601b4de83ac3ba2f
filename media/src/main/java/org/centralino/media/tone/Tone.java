package org.centralino.media.tone;

import java.util.Arrays;
import java.util.Objects;

/**
 * A call-progress tone: the frequencies played together and the cadence, alternating on and off times in
 * milliseconds, repeated for as long as the tone plays (an empty cadence: continuous).
 *
 * @param name        what it is, for logs ("ringback")
 * @param frequencies one or two frequencies in Hz (e.g. 425; 350 and 440)
 * @param levelDbm0   the level of each frequency in dBm0 (ITU-T G.711: 0 dBm0 is 3.17 dB below full scale)
 * @param cadenceMs   on, off, on, off ... in ms; an even count, every value positive; empty for continuous
 */
public record Tone(String name, int[] frequencies, double levelDbm0, int[] cadenceMs) {
    public Tone {
        Objects.requireNonNull(name, "name");
        frequencies = frequencies.clone();
        cadenceMs = cadenceMs.clone();
        if (frequencies.length == 0 || Arrays.stream(frequencies).anyMatch(f -> f < 20 || f > 4000)) {
            throw new IllegalArgumentException("tone " + name + ": 1 or more frequencies of 20-4000 Hz, not "
                + Arrays.toString(frequencies));
        }
        if (cadenceMs.length % 2 != 0 || Arrays.stream(cadenceMs).anyMatch(ms -> ms <= 0)) {
            throw new IllegalArgumentException("tone " + name + ": the cadence is on/off pairs of positive ms, not "
                + Arrays.toString(cadenceMs));
        }
        if (levelDbm0 > 0 || levelDbm0 < -60) {
            throw new IllegalArgumentException("tone " + name + ": level " + levelDbm0 + " dBm0 is outside -60..0");
        }
    }

    /** A tone at the usual level of call-progress tones in Europe, -13 dBm0 per frequency. */
    public static Tone of(String name, int[] frequencies, int... cadenceMs) {
        return new Tone(name, frequencies, -13, cadenceMs);
    }

    public boolean isContinuous() {
        return cadenceMs.length == 0;
    }


    @Override
    public int[] frequencies() {
        return frequencies.clone();
    }

    @Override
    public int[] cadenceMs() {
        return cadenceMs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tone t && name.equals(t.name) && Arrays.equals(frequencies, t.frequencies)
            && Double.compare(levelDbm0, t.levelDbm0) == 0 && Arrays.equals(cadenceMs, t.cadenceMs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(frequencies), levelDbm0, Arrays.hashCode(cadenceMs));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(frequencies) + "Hz " + (isContinuous() ? "continuous"
            : Arrays.toString(cadenceMs) + "ms");
    }
}
