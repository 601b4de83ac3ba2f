package org.centralino.media.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAV files read back: header, sizes and every sample; the final name appears only on close. */
class WavWriterTest {
    @TempDir
    Path dir;

    private static short[] noise(int n, long seed) {
        Random r = new Random(seed);
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) r.nextInt();
        }
        return s;
    }

    @Test
    void aMonoFileReadsBackWithItsHeaderSizesAndEverySample() throws IOException {
        Path file = dir.resolve("mono.wav");
        short[] audio = noise(3 * WavWriter.BUFFER_BYTES / 2 + 17, 1); // crosses the buffer twice
        try (WavWriter w = WavWriter.create(file, 16_000, 1)) {
            for (int at = 0; at < audio.length; at += 320) {
                w.write(audio, at, Math.min(320, audio.length - at));
            }
            assertThat(w.sampleFrames()).isEqualTo(audio.length);
        }
        WavFile wav = WavFile.read(file);
        assertThat(wav.rate()).isEqualTo(16_000);
        assertThat(wav.channels()).isEqualTo(1);
        assertThat(wav.samples()).isEqualTo(audio);
    }

    @Test
    void aStereoFileAtEightKilohertzKeepsItsInterleavedSamples() throws IOException {
        Path file = dir.resolve("stereo.wav");
        short[] audio = noise(2 * 8000, 2);
        try (WavWriter w = WavWriter.create(file, 8000, 2)) {
            w.write(audio, 0, audio.length);
            assertThat(w.sampleFrames()).isEqualTo(8000);
        }
        WavFile wav = WavFile.read(file);
        assertThat(wav.rate()).isEqualTo(8000);
        assertThat(wav.channels()).isEqualTo(2);
        assertThat(wav.samples()).isEqualTo(audio);
    }

    @Test
    void theFinalNameDoesNotExistUntilCloseOnlyThePartDoes() throws IOException {
        Path file = dir.resolve("call.wav");
        Path part = dir.resolve("call.wav.part");
        WavWriter w = WavWriter.create(file, 16_000, 1);
        w.write(noise(WavWriter.BUFFER_BYTES, 3), 0, WavWriter.BUFFER_BYTES); // some of it already on disk
        assertThat(file).doesNotExist();
        assertThat(part).exists();
        assertThat(Files.size(part)).as("flushed so far").isGreaterThan(WavWriter.HEADER_BYTES);
        w.close();
        assertThat(file).exists();
        assertThat(part).doesNotExist();
        assertThat(WavFile.read(file).frames()).isEqualTo(WavWriter.BUFFER_BYTES);
    }

    @Test
    void abortLeavesNothingUnderEitherName() throws IOException {
        Path file = dir.resolve("aborted.wav");
        WavWriter w = WavWriter.create(file, 16_000, 2);
        w.write(noise(2 * WavWriter.BUFFER_BYTES, 4), 0, 2 * WavWriter.BUFFER_BYTES);
        w.abort();
        w.abort();
        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> w.write(new short[2], 0, 2)).hasMessageContaining("already closed");
    }

    @Test
    void truncateCutsTheAudioAndTheSizesFollow() throws IOException {
        Path file = dir.resolve("trimmed.wav");
        short[] audio = noise(2 * 40_000, 5);
        try (WavWriter w = WavWriter.create(file, 16_000, 2)) {
            w.write(audio, 0, audio.length);
            w.truncate(10_001);
            w.write(audio, 0, 4);
        }
        short[] expected = new short[2 * 10_001 + 4];
        System.arraycopy(audio, 0, expected, 0, 2 * 10_001);
        System.arraycopy(audio, 0, expected, 2 * 10_001, 4);
        assertThat(WavFile.read(file).samples()).isEqualTo(expected);
    }

    @Test
    void existingRecordingsAndBadFormatsAreRefused() throws IOException {
        Path file = dir.resolve("exists.wav");
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> WavWriter.create(file, 16_000, 1)).isInstanceOf(FileAlreadyExistsException.class)
            .hasMessageContaining("never overwritten");
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> WavWriter.create(dir.resolve("a.wav"), 16_000, 3)).hasMessageContaining("1 or 2");
        assertThatThrownBy(() -> WavWriter.create(dir.resolve("b.wav"), 96_000, 1))
            .hasMessageContaining("8000-48000");
        try (WavWriter w = WavWriter.create(dir.resolve("c.wav"), 16_000, 2)) {
            assertThatThrownBy(() -> w.write(new short[3], 0, 3)).hasMessageContaining("whole frames");
        }
    }
}
