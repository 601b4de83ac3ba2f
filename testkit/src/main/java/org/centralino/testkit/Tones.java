package org.centralino.testkit;

import java.util.SplittableRandom;

/** Test signals: sine tones, noise, silence, mixing, and G.711 u-law (for SIPp's rtp_stream files). */
public final class Tones {
    private Tones() {
    }

    /** A sine of {@code hz} at {@code amplitude} (0..1 of full scale), mono 16-bit samples. */
    public static short[] sine(double hz, double seconds, int sampleRate, double amplitude) {
        short[] out = new short[(int) Math.round(seconds * sampleRate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / sampleRate));
        }
        return out;
    }

    /** White noise, uniformly distributed in -amplitude..amplitude of full scale, reproducible from the seed. */
    public static short[] noise(double seconds, int sampleRate, double amplitude, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] out = new short[(int) Math.round(seconds * sampleRate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(amplitude * 32767 * (2 * random.nextDouble() - 1));
        }
        return out;
    }

    public static short[] silence(double seconds, int sampleRate) {
        return new short[(int) Math.round(seconds * sampleRate)];
    }

    /** The sum of the signals, as long as the longest, clipped to 16 bits. */
    public static short[] mix(short[]... signals) {
        int length = 0;
        for (short[] s : signals) {
            length = Math.max(length, s.length);
        }
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            int sum = 0;
            for (short[] s : signals) {
                sum += i < s.length ? s[i] : 0;
            }
            out[i] = clip(sum);
        }
        return out;
    }

    /** One after the other. */
    public static short[] concat(short[]... signals) {
        int length = 0;
        for (short[] s : signals) {
            length += s.length;
        }
        short[] out = new short[length];
        int at = 0;
        for (short[] s : signals) {
            System.arraycopy(s, 0, out, at, s.length);
            at += s.length;
        }
        return out;
    }

    /** G.711 u-law (ITU-T G.711, the segment encoding with bias 0x84 and inverted bits). */
    public static byte[] ulaw(short[] pcm) {
        byte[] out = new byte[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = ulaw(pcm[i]);
        }
        return out;
    }

    /** G.711 u-law back to 16-bit linear. */
    public static short[] ulawDecode(byte[] ulaw) {
        short[] out = new short[ulaw.length];
        for (int i = 0; i < ulaw.length; i++) {
            int u = ~ulaw[i] & 0xFF;
            int magnitude = ((((u & 0x0F) << 3) + 0x84) << ((u >> 4) & 0x07)) - 0x84;
            out[i] = (short) ((u & 0x80) != 0 ? -magnitude : magnitude);
        }
        return out;
    }

    static byte ulaw(short sample) {
        final int bias = 0x84;
        final int clipLevel = 32635;
        int s = sample;
        int sign = 0;
        if (s < 0) {
            s = -s;
            sign = 0x80;
        }
        s = Math.min(s, clipLevel) + bias;
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (s >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | exponent << 4 | mantissa);
    }

    private static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
