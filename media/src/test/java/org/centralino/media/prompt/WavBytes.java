package org.centralino.media.prompt;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds WAV files byte by byte for the tests, including broken ones. */
final class WavBytes {
    private WavBytes() {
    }

    /** A canonical RIFF/WAVE file: fmt then data, sizes consistent. */
    static byte[] wav(int tag, int channels, int rate, int bits, byte[] data) {
        int align = channels * bits / 8;
        return riff(fmt(tag, channels, rate, rate * align, align, bits), chunk("data", data));
    }

    static byte[] fmt(int tag, int channels, int rate, int byteRate, int align, int bits) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) tag).putShort((short) channels).putInt(rate).putInt(byteRate).putShort((short) align)
            .putShort((short) bits);
        return chunk("fmt ", b.array());
    }

    static byte[] chunk(String id, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length + (body.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(body.length).put(body);
        return b.array();
    }

    static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        byte[] b = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(8 + b.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(b.length).put(b);
        return out.array();
    }

    static byte[] pcm(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }
}
