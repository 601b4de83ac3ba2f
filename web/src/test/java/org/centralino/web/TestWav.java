package org.centralino.web;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** RIFF/WAVE files built byte by byte for upload tests, and a Goertzel detector to hear what a class plays. */
final class TestWav {
    static final int PCM = 1;
    static final int ALAW = 6;
    static final int ULAW = 7;

    private TestWav() {
    }

    /** {@code seconds} of a sine at {@code hz}, amplitude 8000, as 16-bit samples at {@code rate}. */
    static short[] sine(double hz, int rate, double seconds) {
        short[] s = new short[(int) Math.round(rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** A mono 16-bit PCM WAV of {@code samples} at {@code rate}. */
    static byte[] pcm16(short[] samples, int rate) {
        ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : samples) {
            data.putShort(v);
        }
        return wav(PCM, 1, rate, 16, data.array());
    }

    /** A WAV with any header values, for the formats the PBX must refuse. */
    static byte[] wav(int tag, int channels, int rate, int bits, byte[] data) {
        int blockAlign = channels * bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) tag).putShort((short) channels).putInt(rate)
            .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        b.put("data".getBytes()).putInt(data.length).put(data);
        return b.array();
    }

    /** µ-law silence-free tone: every sample one byte (the encoder is media's; here any valid codes do). */
    static byte[] ulawBytes(int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) (0x80 | (i % 0x40)); // positive codes of varying magnitude
        }
        return out;
    }

    /** Relative power of {@code hz} in {@code x} at {@code rate} (Goertzel), normalised by the signal's energy. */
    static double toneShare(short[] x, int rate, double hz) {
        double w = 2 * Math.PI * hz / rate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        double energy = 0;
        for (short v : x) {
            double s0 = v + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
            energy += (double) v * v;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return energy == 0 ? 0 : 2 * power / (x.length * energy);
    }
}
