package org.centralino.media.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.Signals;
import org.centralino.media.codec.G711;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every accepted format decodes to the right 16 kHz signal; every broken or foreign file is refused by name. */
class WavReaderTest {
    private static final double AMPLITUDE = 10_000;

    /** SNR in dB of {@code got} against a {@code hz} sine at 16 kHz, skipping 10 ms at each end. */
    private static double snrAgainstSine(short[] got, double hz) {
        double signal = 0;
        double noise = 0;
        for (int i = 160; i < got.length - 160; i++) {
            double ideal = AMPLITUDE * Math.sin(2 * Math.PI * hz * i / Pcm.RATE);
            signal += ideal * ideal;
            noise += (got[i] - ideal) * (got[i] - ideal);
        }
        return 10 * Math.log10(signal / noise);
    }

    @Test
    void pcm16kHzIsTakenSampleForSample() throws IOException {
        short[] sine = Signals.sine(8000, 1000, AMPLITUDE, 16_000);
        Clip clip = WavReader.decode("a.wav", WavBytes.wav(1, 1, 16_000, 16, WavBytes.pcm(sine)));
        assertThat(clip.samples()).isEqualTo(sine);
        assertThat(clip.millis()).isEqualTo(500);
    }

    @Test
    void pcm8kHzIsResampledAlignedAndComplete() throws IOException {
        short[] sine = Signals.sine(4000, 1000, AMPLITUDE, 8000);
        Clip clip = WavReader.decode("a.wav", WavBytes.wav(1, 1, 8000, 16, WavBytes.pcm(sine)));
        assertThat(clip.length()).isEqualTo(8000);
        assertThat(snrAgainstSine(clip.samples(), 1000)).as("SNR, dB").isGreaterThan(40);
    }

    @Test
    void g711WavsAtEightKilohertzDecodeToTheSameSignalAsRawFiles() throws IOException {
        short[] sine = Signals.sine(4000, 700, AMPLITUDE, 8000);
        byte[] ulaw = new byte[sine.length];
        byte[] alaw = new byte[sine.length];
        G711.encodeUlaw(sine, 0, ulaw, 0, sine.length);
        G711.encodeAlaw(sine, 0, alaw, 0, sine.length);
        Clip fromUlawWav = WavReader.decode("u.wav", WavBytes.wav(7, 1, 8000, 8, ulaw));
        Clip fromAlawWav = WavReader.decode("a.wav", WavBytes.wav(6, 1, 8000, 8, alaw));
        assertThat(snrAgainstSine(fromUlawWav.samples(), 700)).as("µ-law SNR").isGreaterThan(30);
        assertThat(snrAgainstSine(fromAlawWav.samples(), 700)).as("A-law SNR").isGreaterThan(30);
        assertThat(WavReader.decode("u.ulaw", ulaw).samples()).isEqualTo(fromUlawWav.samples());
        assertThat(WavReader.decode("a.alaw", alaw).samples()).isEqualTo(fromAlawWav.samples());
    }

    @Test
    void rawSln16IsLittleEndianPcmAtSixteenKilohertz() throws IOException {
        short[] sine = Signals.sine(1600, 440, AMPLITUDE, 16_000);
        assertThat(WavReader.decode("x.sln16", WavBytes.pcm(sine)).samples()).isEqualTo(sine);
    }

    @Test
    void extensibleFormatWithPcmSubformatAndExtraChunksIsAccepted() throws IOException {
        short[] sine = Signals.sine(320, 440, AMPLITUDE, 16_000);
        ByteBuffer fmt = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) 0xFFFE).putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2)
            .putShort((short) 16).putShort((short) 22).putShort((short) 16).putInt(4).putShort((short) 1);
        byte[] file = WavBytes.riff(WavBytes.chunk("fmt ", fmt.array()), WavBytes.chunk("LIST", new byte[] {1, 2, 3}),
            WavBytes.chunk("data", WavBytes.pcm(sine)));
        assertThat(WavReader.decode("ext.wav", file).samples()).isEqualTo(sine);
    }

    @Test
    void builtInPromptsAreSixteenKilohertzSpeechAtTelephoneLevel() throws IOException {
        byte[] bytes;
        try (var in = getClass().getClassLoader().getResourceAsStream(PromptLibrary.BUILT_IN + "it/goodbye.wav")) {
            bytes = in.readAllBytes();
        }
        short[] pcm = WavReader.decode("goodbye.wav", bytes).samples();
        double sum = 0;
        int peak = 0;
        for (short s : pcm) {
            sum += (double) s * s;
            peak = Math.max(peak, Math.abs(s));
        }
        double rmsDb = 20 * Math.log10(Math.sqrt(sum / pcm.length) / 32767);
        assertThat(pcm.length).isBetween(Pcm.RATE / 4, 3 * Pcm.RATE);
        assertThat(rmsDb).isBetween(-23.0, -16.0);
        assertThat(20 * Math.log10(peak / 32767.0)).isLessThanOrEqualTo(-2.9);
    }

    static Stream<Arguments> brokenFiles() {
        byte[] pcm = WavBytes.pcm(new short[100]);
        byte[] good = WavBytes.wav(1, 1, 16_000, 16, pcm);
        return Stream.of(
            Arguments.of("not RIFF", (Supplier<byte[]>) () -> "hello, this is not audio".getBytes(), "not a RIFF/WAVE"),
            Arguments.of("cut short", (Supplier<byte[]>) () -> Arrays.copyOf(good, good.length - 10), "truncated"),
            Arguments.of("data chunk lies", (Supplier<byte[]>) () -> {
                byte[] b = good.clone();
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 100_000);
                return b;
            }, "chunk 'data' at byte 36 declares 100000 bytes"),
            Arguments.of("stereo", (Supplier<byte[]>) () -> WavBytes.wav(1, 2, 16_000, 16, pcm), "2 channels"),
            Arguments.of("24-bit", (Supplier<byte[]>) () -> WavBytes.wav(1, 1, 16_000, 24, new byte[300]), "24-bit"),
            Arguments.of("44.1 kHz", (Supplier<byte[]>) () -> WavBytes.wav(1, 1, 44_100, 16, pcm), "44100 Hz"),
            Arguments.of("µ-law at 16 kHz", (Supplier<byte[]>) () -> WavBytes.wav(7, 1, 16_000, 8, pcm), "must be 8000"),
            Arguments.of("MP3 in WAV", (Supplier<byte[]>) () -> WavBytes.wav(0x55, 1, 16_000, 16, pcm), "format tag 85"),
            Arguments.of("lying byte rate", (Supplier<byte[]>) () -> WavBytes.riff(
                WavBytes.fmt(1, 1, 16_000, 16_000, 2, 16), WavBytes.chunk("data", pcm)), "inconsistent header"),
            Arguments.of("data before fmt", (Supplier<byte[]>) () -> WavBytes.riff(WavBytes.chunk("data", pcm),
                WavBytes.fmt(1, 1, 16_000, 32_000, 2, 16)), "data chunk before the fmt chunk"),
            Arguments.of("no data", (Supplier<byte[]>) () -> WavBytes.riff(WavBytes.fmt(1, 1, 16_000, 32_000, 2, 16)),
                "no data chunk"),
            Arguments.of("half a sample", (Supplier<byte[]>) () -> WavBytes.wav(1, 1, 16_000, 16, new byte[201]),
                "not a whole number of 2-byte samples"),
            Arguments.of("empty", (Supplier<byte[]>) () -> WavBytes.wav(1, 1, 16_000, 16, new byte[0]), "no audio"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesAreRefusedWithTheFileAndTheReason(String what, Supplier<byte[]> file, String reason) {
        assertThatThrownBy(() -> WavReader.decode("greeting.wav", file.get()))
            .isInstanceOf(AudioFileException.class)
            .hasMessageStartingWith("greeting.wav: ")
            .hasMessageContaining(reason);
    }

    @Test
    void unknownExtensionsAndMissingFilesAreRefusedByName(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> WavReader.decode("song.mp3", new byte[10])).hasMessageContaining("song.mp3")
            .hasMessageContaining("unknown extension");
        Path missing = dir.resolve("missing.wav");
        assertThatThrownBy(() -> WavReader.read(missing)).isInstanceOf(AudioFileException.class)
            .hasMessageContaining(missing.toString()).hasMessageContaining("cannot be read");
        Path odd = Files.write(dir.resolve("odd.ulaw"), new byte[0]);
        assertThatThrownBy(() -> WavReader.read(odd)).hasMessageContaining(odd.toString()).hasMessageContaining("no audio");
    }
}
