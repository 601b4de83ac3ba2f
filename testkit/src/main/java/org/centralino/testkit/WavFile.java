package org.centralino.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PCM WAV file: 16-bit little-endian samples, any rate, one or more channels (interleaved). Reading walks
 * the RIFF chunks: "fmt " and "data" are used, every other chunk (LIST, fact, ...) is skipped, odd chunk sizes
 * are padded as RIFF requires. A data chunk whose size field is 0 or too large (a recorder that was killed
 * before it could patch the header) is read up to the end of the file.
 *
 * @param sampleRate samples per second per channel
 * @param channels   1 for mono, 2 for stereo, ...
 * @param samples    interleaved 16-bit samples
 */
public record WavFile(int sampleRate, int channels, short[] samples) {
    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;

    public WavFile {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("sample rate and channels must be positive");
        }
    }

    /** Samples per channel. */
    public int frames() {
        return samples.length / channels;
    }

    public double seconds() {
        return (double) frames() / sampleRate;
    }

    /** The channels averaged into one, scaled to -1..1. */
    public double[] mono() {
        double[] out = new double[frames()];
        for (int f = 0; f < out.length; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += samples[f * channels + c];
            }
            out[f] = sum / channels / 32768.0;
        }
        return out;
    }

    public static WavFile read(Path path) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != fourCc("RIFF") || b.getInt(8) != fourCc("WAVE")) {
            throw new IOException(path + " is not a RIFF/WAVE file");
        }
        b.position(12);
        int rate = 0;
        int channels = 0;
        while (b.remaining() >= 8) {
            int id = b.getInt();
            long size = Integer.toUnsignedLong(b.getInt());
            if (id == fourCc("fmt ")) {
                int[] format = readFormat(b, size, path);
                rate = format[0];
                channels = format[1];
            } else if (id == fourCc("data")) {
                if (rate == 0) {
                    throw new IOException(path + ": data chunk before fmt chunk");
                }
                long available = b.remaining();
                int bytes = (int) (size == 0 || size > available ? available : size) & ~1;
                short[] samples = new short[bytes / 2];
                b.asShortBuffer().get(samples);
                return new WavFile(rate, channels, samples);
            } else {
                long skip = size + (size & 1);
                if (skip > b.remaining()) {
                    break;
                }
                b.position(b.position() + (int) skip);
            }
        }
        throw new IOException(path + ": no fmt and data chunks");
    }

    /** The fmt chunk at the buffer's position: {rate, channels}; leaves the position after the chunk. */
    private static int[] readFormat(ByteBuffer b, long size, Path path) throws IOException {
        int start = b.position();
        int format = Short.toUnsignedInt(b.getShort());
        int channels = Short.toUnsignedInt(b.getShort());
        int rate = b.getInt();
        b.getInt(); // byte rate
        b.getShort(); // block align
        int bits = Short.toUnsignedInt(b.getShort());
        if ((format != PCM && format != EXTENSIBLE) || bits != 16) {
            throw new IOException(path + ": only 16-bit PCM is supported (format " + format + ", " + bits + " bits)");
        }
        b.position(start + (int) size + (int) (size & 1));
        return new int[] {rate, channels};
    }

    /** Writes a canonical 44-byte-header PCM WAV. */
    public void write(Path path) throws IOException {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(fourCc("RIFF")).putInt(36 + dataBytes).putInt(fourCc("WAVE"));
        b.putInt(fourCc("fmt ")).putInt(16).putShort((short) PCM).putShort((short) channels).putInt(sampleRate)
            .putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.putInt(fourCc("data")).putInt(dataBytes);
        b.asShortBuffer().put(samples);
        Files.write(path, b.array());
    }

    private static int fourCc(String s) {
        return (s.charAt(0) & 0xFF) | (s.charAt(1) & 0xFF) << 8 | (s.charAt(2) & 0xFF) << 16
            | (s.charAt(3) & 0xFF) << 24;
    }
}
