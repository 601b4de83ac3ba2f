package org.centralino.media.codec;

/**
 * ITU-T G.711 companding: 16-bit linear PCM to and from 8-bit µ-law (North America, Japan) and A-law (Europe,
 * the rest). Decoding is a 256-entry table; encoding is the segment search of the recommendation, a handful of
 * integer operations per sample with no allocation. Pure functions; the array variants work in place on the
 * caller's buffers (the media path reuses them).
 *
 * <p>µ-law (G.711 §2): the magnitude plus a bias of 132 is taken in 8 segments of 16 steps, the code is the
 * one's complement of sign, segment and step. A-law (§3): 13-bit magnitudes, segment 0 and 1 share the step
 * size, even bits are inverted (XOR 0x55).
 */
public final class G711 {
    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;
    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            ULAW_TO_LINEAR[i] = ulawToLinear(i);
            ALAW_TO_LINEAR[i] = alawToLinear(i);
        }
    }

    private G711() {
    }

    /** The µ-law code of a 16-bit sample. */
    public static byte linearToUlaw(int sample) {
        int sign = 0;
        int magnitude = sample;
        if (magnitude < 0) {
            sign = 0x80;
            magnitude = -magnitude;
        }
        if (magnitude > ULAW_CLIP) {
            magnitude = ULAW_CLIP;
        }
        magnitude += ULAW_BIAS;
        int segment = segmentOf(magnitude >> 7);
        int step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte) ~(sign | (segment << 4) | step);
    }

    /** The 16-bit sample a µ-law code stands for. */
    public static short ulawToLinear(byte code) {
        return ULAW_TO_LINEAR[code & 0xFF];
    }

    /** The A-law code of a 16-bit sample. */
    public static byte linearToAlaw(int sample) {
        int mask;
        int magnitude;
        if (sample >= 0) {
            mask = 0xD5; // sign bit set for positive values, even bits inverted
            magnitude = sample >> 3;
        } else {
            mask = 0x55;
            magnitude = (-sample - 1) >> 3;
        }
        int segment = segmentOf(magnitude >> 4);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int step = segment < 2 ? (magnitude >> 1) & 0x0F : (magnitude >> segment) & 0x0F;
        return (byte) (((segment << 4) | step) ^ mask);
    }

    /** The 16-bit sample an A-law code stands for. */
    public static short alawToLinear(byte code) {
        return ALAW_TO_LINEAR[code & 0xFF];
    }

    /** Encodes {@code count} samples from {@code pcm[from]} into {@code out[to]}. */
    public static void encodeUlaw(short[] pcm, int from, byte[] out, int to, int count) {
        for (int i = 0; i < count; i++) {
            out[to + i] = linearToUlaw(pcm[from + i]);
        }
    }

    public static void decodeUlaw(byte[] in, int from, short[] pcm, int to, int count) {
        for (int i = 0; i < count; i++) {
            pcm[to + i] = ULAW_TO_LINEAR[in[from + i] & 0xFF];
        }
    }

    public static void encodeAlaw(short[] pcm, int from, byte[] out, int to, int count) {
        for (int i = 0; i < count; i++) {
            out[to + i] = linearToAlaw(pcm[from + i]);
        }
    }

    public static void decodeAlaw(byte[] in, int from, short[] pcm, int to, int count) {
        for (int i = 0; i < count; i++) {
            pcm[to + i] = ALAW_TO_LINEAR[in[from + i] & 0xFF];
        }
    }

    /**
     * The segment of a magnitude shifted down to its segment bits: the position of its highest set bit, 0 for 0
     * and 1 (µ-law: magnitude >> 7, 0-7; A-law: 13-bit magnitude >> 4, where 8 means beyond the last segment).
     */
    private static int segmentOf(int top) {
        return top <= 1 ? 0 : 31 - Integer.numberOfLeadingZeros(top);
    }

    private static short ulawToLinear(int code) {
        int u = ~code & 0xFF;
        int t = ((u & 0x0F) << 3) + ULAW_BIAS;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? ULAW_BIAS - t : t - ULAW_BIAS);
    }

    private static short alawToLinear(int code) {
        int a = code ^ 0x55;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> t = (t + 0x108) << (segment - 1);
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }
}
