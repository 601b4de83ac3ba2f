package org.centralino.media.dsp;

/**
 * TEMPORARY stand-in with the API of the resampler being written on branch g722 (linear interpolation,
 * 8 kHz to 16 kHz only), so branch prompts compiles until g722 is merged; the merge takes g722's file.
 */
public final class Resampler {
    private final int factor;
    private short last;

    private Resampler(int factor) {
        this.factor = factor;
    }

    public static Resampler of(int fromRate, int toRate) {
        if (toRate % fromRate != 0) {
            throw new IllegalArgumentException("stand-in resampler: " + fromRate + " -> " + toRate);
        }
        return new Resampler(toRate / fromRate);
    }

    public int process(short[] in, int inOffset, int inCount, short[] out, int outOffset) {
        int o = outOffset;
        for (int i = 0; i < inCount; i++) {
            short s = in[inOffset + i];
            for (int k = 1; k <= factor; k++) {
                out[o++] = (short) (last + (s - last) * k / factor);
            }
            last = s;
        }
        return o - outOffset;
    }
}
