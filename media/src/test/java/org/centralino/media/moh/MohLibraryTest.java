package org.centralino.media.moh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.centralino.media.audio.Pcm;
import org.centralino.media.prompt.AudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes from disk in name order, looping listeners, fallback to the built-in piece, and safe uploads. */
class MohLibraryTest {
    @TempDir
    Path data;

    /** A 16 kHz PCM WAV of a constant value: each file is recognisable by its sample value. */
    private static byte[] wavOf(short value, int samples) {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVEfmt ".getBytes()).putInt(16)
            .putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2)
            .putShort((short) 16).put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort(value);
        }
        return b.array();
    }

    private static short[] play(MohPlayer player, int frames) {
        short[] out = new short[frames * Pcm.FRAME];
        short[] frame = new short[Pcm.FRAME];
        for (int i = 0; i < frames; i++) {
            assertThat(player.read(frame)).as("music on hold never ends").isTrue();
            System.arraycopy(frame, 0, out, i * Pcm.FRAME, Pcm.FRAME);
        }
        return out;
    }

    private Path file(String cls, String name, byte[] bytes) throws IOException {
        Files.createDirectories(data.resolve(cls));
        return Files.write(data.resolve(cls).resolve(name), bytes);
    }

    @Test
    void filesOfAClassPlayInNameOrderAndLoop() throws IOException {
        file("jazz", "b.wav", wavOf((short) 2000, 400));
        file("jazz", "a.wav", wavOf((short) 1000, 200));
        MohLibrary library = new MohLibrary(data);
        short[] heard = play(library.listener("jazz"), 6); // 1920 samples = three rounds of 600
        short[] expected = new short[1920];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (short) (i % 600 < 200 ? 1000 : 2000);
        }
        assertThat(heard).isEqualTo(expected);
        assertThat(library.names()).containsExactly("default", "jazz");
    }

    @Test
    void anUnknownClassPlaysTheBuiltInPieceWhichLoopsEverySixtySeconds() throws IOException {
        MohLibrary library = new MohLibrary(null);
        MohClass fallback = library.classFor("nonexistent");
        assertThat(fallback.name()).isEqualTo(MohLibrary.DEFAULT);
        assertThat(library.classFor(null)).isSameAs(fallback);
        short[] heard = play(library.listener("nonexistent"), 3000 + 50);
        int loop = DefaultMohPiece.LOOP_SECONDS * Pcm.RATE;
        assertThat(Arrays.copyOfRange(heard, loop, loop + 50 * Pcm.FRAME))
            .isEqualTo(Arrays.copyOfRange(heard, 0, 50 * Pcm.FRAME));
        assertThat(Arrays.copyOfRange(heard, 0, Pcm.RATE)).as("audible from the start").isNotEqualTo(new short[Pcm.RATE]);
    }

    @Test
    void aDefaultDirectoryOnDiskReplacesTheBuiltInPieceAndBrokenFilesAreSkipped() throws IOException {
        file("default", "1-ok.wav", wavOf((short) 777, 320));
        file("default", "2-broken.wav", "this is not audio".getBytes());
        MohLibrary library = new MohLibrary(data);
        assertThat(library.classFor("anything").clips()).hasSize(1);
        assertThat(play(library.listener("default"), 2)).containsOnly((short) 777);
    }

    @Test
    void uploadsAreStoredAtomicallyAndPlayAtOnce() throws IOException {
        MohLibrary library = new MohLibrary(data);
        library.addFile("sales", "theme.wav", new ByteArrayInputStream(wavOf((short) 4321, 640)));
        assertThat(play(library.listener("sales"), 2)).containsOnly((short) 4321);
        library.addFile("sales", "theme.wav", new ByteArrayInputStream(wavOf((short) 1111, 640)));
        assertThat(play(library.listener("sales"), 2)).as("replaced").containsOnly((short) 1111);
        try (Stream<Path> left = Files.list(data.resolve("sales"))) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("theme.wav");
        }
        assertThat(new MohLibrary(data).classFor("sales").clips()).hasSize(1);
    }

    @Test
    void anUnplayableUploadIsRefusedAndLeavesNothingBehind() throws IOException {
        MohLibrary library = new MohLibrary(data);
        byte[] stereo = wavOf((short) 1, 100);
        ByteBuffer.wrap(stereo).order(ByteOrder.LITTLE_ENDIAN).putShort(22, (short) 2);
        assertThatThrownBy(() -> library.addFile("sales", "bad.wav", new ByteArrayInputStream(stereo)))
            .isInstanceOf(AudioFileException.class).hasMessageContaining("bad.wav").hasMessageContaining("channels");
        try (Stream<Path> left = Files.list(data.resolve("sales"))) {
            assertThat(left).isEmpty();
        }
        assertThat(library.names()).containsExactly("default");
        assertThatThrownBy(() -> library.addFile("sales", "../escape.wav", new ByteArrayInputStream(stereo)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> library.addFile("../x", "a.wav", new ByteArrayInputStream(stereo)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingTheLastFileRemovesTheClass() throws IOException {
        file("support", "only.wav", wavOf((short) 50, 320));
        MohLibrary library = new MohLibrary(data);
        assertThat(library.classFor("support").name()).isEqualTo("support");
        library.removeFile("support", "only.wav");
        assertThat(Files.exists(data.resolve("support/only.wav"))).isFalse();
        assertThat(library.names()).containsExactly("default");
        assertThatThrownBy(() -> library.removeFile("support", "only.wav")).isInstanceOf(NoSuchFileException.class)
            .hasMessageContaining("has no file 'only.wav'");
    }
}
