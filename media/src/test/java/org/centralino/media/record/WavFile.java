package org.centralino.media.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A WAV file read back byte by byte, its header checked against the canonical 44-byte PCM layout. */
record WavFile(int rate, int channels, short[] samples) {

    static WavFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ascii(bytes, 0)).isEqualTo("RIFF");
        assertThat(b.getInt(4)).as("RIFF size").isEqualTo(bytes.length - 8);
        assertThat(ascii(bytes, 8)).isEqualTo("WAVE");
        assertThat(ascii(bytes, 12)).isEqualTo("fmt ");
        assertThat(b.getInt(16)).as("fmt size").isEqualTo(16);
        assertThat(b.getShort(20)).as("format tag PCM").isEqualTo((short) 1);
        int channels = b.getShort(22);
        int rate = b.getInt(24);
        assertThat(b.getInt(28)).as("byte rate").isEqualTo(rate * channels * 2);
        assertThat(b.getShort(32)).as("block align").isEqualTo((short) (channels * 2));
        assertThat(b.getShort(34)).as("bits per sample").isEqualTo((short) 16);
        assertThat(ascii(bytes, 36)).isEqualTo("data");
        int dataBytes = b.getInt(40);
        assertThat(dataBytes).as("data size").isEqualTo(bytes.length - 44);
        short[] samples = new short[dataBytes / 2];
        b.position(44).asShortBuffer().get(samples);
        return new WavFile(rate, channels, samples);
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }

    /** Sample frames (one sample per channel each). */
    int frames() {
        return samples.length / channels;
    }
}
