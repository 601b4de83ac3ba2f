package org.centralino.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileTest {
    @TempDir
    Path tmp;

    @Test
    void writesAndReadsBack() throws Exception {
        short[] samples = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1234};
        Path f = tmp.resolve("a.wav");
        new WavFile(16000, 2, samples).write(f);

        WavFile back = WavFile.read(f);
        assertThat(back.sampleRate()).isEqualTo(16000);
        assertThat(back.channels()).isEqualTo(2);
        assertThat(back.samples()).containsExactly(samples);
        assertThat(back.frames()).isEqualTo(3);
        assertThat(Files.size(f)).isEqualTo(44 + 12);
    }

    @Test
    void skipsOtherChunksIncludingOddSizedOnes() throws Exception {
        Path f = tmp.resolve("b.wav");
        Files.write(f, riff(chunk("LIST", new byte[] {1, 2, 3}), fmt(8000, 1, 16), chunk("fact", new byte[4]),
            chunk("data", le(100, -100, 7))));

        WavFile w = WavFile.read(f);
        assertThat(w.sampleRate()).isEqualTo(8000);
        assertThat(w.samples()).containsExactly((short) 100, (short) -100, (short) 7);
    }

    @Test
    void aDataChunkWhoseSizeWasNeverWrittenIsReadToTheEnd() throws Exception {
        byte[] data = chunk("data", le(5, 6, 7, 8));
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0);
        Path f = tmp.resolve("c.wav");
        Files.write(f, riff(fmt(48000, 1, 16), data));

        assertThat(WavFile.read(f).samples()).containsExactly((short) 5, (short) 6, (short) 7, (short) 8);
    }

    @Test
    void refusesWhatItCannotRead() throws Exception {
        Path notWav = tmp.resolve("d.wav");
        Files.writeString(notWav, "hello, this is not audio");
        Path eightBit = tmp.resolve("e.wav");
        Files.write(eightBit, riff(fmt(8000, 1, 8), chunk("data", new byte[4])));
        Path noData = tmp.resolve("f.wav");
        Files.write(noData, riff(fmt(8000, 1, 16)));

        assertThatThrownBy(() -> WavFile.read(notWav)).isInstanceOf(IOException.class).hasMessageContaining("RIFF");
        assertThatThrownBy(() -> WavFile.read(eightBit)).isInstanceOf(IOException.class)
            .hasMessageContaining("16-bit");
        assertThatThrownBy(() -> WavFile.read(noData)).isInstanceOf(IOException.class)
            .hasMessageContaining("no fmt and data");
    }

    private static byte[] fmt(int rate, int channels, int bits) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
            .putShort((short) (channels * bits / 8)).putShort((short) bits);
        return chunk("fmt ", b.array());
    }

    private static byte[] le(int... samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int s : samples) {
            b.putShort((short) s);
        }
        return b.array();
    }

    private static byte[] chunk(String id, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length + (body.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(body.length).put(body);
        return b.array();
    }

    private static byte[] riff(byte[]... chunks) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("WAVE".getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            body.write(c);
        }
        ByteBuffer b = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size()).put(body.toByteArray());
        return b.array();
    }
}
