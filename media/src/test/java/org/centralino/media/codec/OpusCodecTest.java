package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opus through libopus on real signals: what goes in comes out at the same frequency and level. */
class OpusCodecTest {
    private static final int RATE = 48_000;
    private static final int PACKET = 960;
    private static final int SECOND = RATE;
    private static final double[] PITCHES = {120, 180, 240};
    private static final int SYLLABLE = 9600;
    /** The codec delay is a few ms; the search covers 20 ms. */
    private static final int MAX_LAG = 960;

    private final OpusCodec opus = NativeCodecs.opus();

    @Test
    void sdpNamesOpusAt48kHzWithTwoChannelsAndNoStaticPayloadType() {
        assertThat(opus.encoding()).isEqualTo("opus");
        assertThat(opus.rtpClockRate()).isEqualTo(48_000);
        assertThat(opus.sdpChannels()).isEqualTo(2);
        assertThat(opus.sampleRate()).isEqualTo(48_000);
        assertThat(opus.staticPayloadType()).isEmpty();
        assertThat(opus.quality()).isEqualTo(100);
        assertThat(CodecParams.parse(opus.defaultFmtp()).flag("useinbandfec", false)).isTrue();
    }

    @Test
    void aToneComesBackAtTheSameFrequencyAndLevelWithHighSnr() {
        short[] tone = Signals.sine(SECOND, 1000, 8000, RATE);
        short[] out = roundTrip(CodecParams.parse(OpusCodec.FMTP), tone, PACKET);
        int from = 10 * PACKET; // past the encoder's start-up
        int count = 30 * PACKET;
        int lag = Signals.delay(tone, out, from, 4800, MAX_LAG);
        double in1k = Signals.power(tone, from, from + count, 1000, RATE);
        double out1k = Signals.power(out, from + lag, from + lag + count, 1000, RATE);
        assertThat(Signals.powerDb(out1k / in1k)).as("level change at 1 kHz, dB").isBetween(-1.0, 1.0);
        assertThat(Signals.powerDb(out1k / Signals.power(out, from + lag, from + lag + count, 2000, RATE)))
            .as("1 kHz over its second harmonic, dB").isGreaterThan(30);
        assertThat(Signals.snr(tone, out, from, lag, count)).as("SNR, dB").isGreaterThan(20);
        assertThat(Signals.correlation(tone, from, out, from + lag, count)).isGreaterThan(0.99);
    }

    @Test
    void speechLikeSoundKeepsItsHarmonicsAndLevel() {
        short[] speech = Signals.voiced(RATE, PITCHES, SYLLABLE, 15, 12_000);
        short[] out = roundTrip(CodecParams.parse(OpusCodec.FMTP), speech, PACKET);
        int lag = Signals.delay(speech, out, SYLLABLE, SYLLABLE, MAX_LAG);
        assertThat(lag).as("codec delay in samples").isBetween(100, MAX_LAG - 1);
        for (int s = 1; s < 14; s++) {
            double f0 = PITCHES[s % PITCHES.length];
            int from = s * SYLLABLE + SYLLABLE / 4; // the loud half of the syllable
            int count = SYLLABLE / 2;
            for (int k = 1; k <= 3; k++) {
                double in = Signals.power(speech, from, from + count, k * f0, RATE);
                double got = Signals.power(out, from + lag, from + lag + count, k * f0, RATE);
                assertThat(Signals.powerDb(got / in)).as("syllable %d harmonic %d (%.0f Hz), dB", s, k, k * f0)
                    .isBetween(-3.0, 3.0);
            }
            double between = Signals.power(out, from + lag, from + lag + count, 1.5 * f0, RATE);
            assertThat(Signals.powerDb(Signals.power(out, from + lag, from + lag + count, f0, RATE) / between))
                .as("syllable %d: pitch over the gap between harmonics, dB", s).isGreaterThan(20);
        }
        double level = Signals.rms(out, SYLLABLE + lag, 14 * SYLLABLE + lag)
            / Signals.rms(speech, SYLLABLE, 14 * SYLLABLE);
        assertThat(Signals.powerDb(level * level)).as("level change, dB").isBetween(-1.5, 1.5);
    }

    @ParameterizedTest(name = "{0} samples")
    @ValueSource(ints = {480, 1920, 2880})
    void packetsOf10And40And60MillisecondsRoundTrip(int packet) {
        short[] tone = Signals.sine(48 * packet, 700, 8000, RATE);
        short[] out = roundTrip(CodecParams.parse(OpusCodec.FMTP), tone, packet);
        int from = 12 * packet;
        int count = 30 * packet;
        int lag = Signals.delay(tone, out, from, 4800, MAX_LAG);
        assertThat(Signals.powerDb(Signals.power(out, from + lag, from + lag + count, 700, RATE)
            / Signals.power(tone, from, from + count, 700, RATE))).isBetween(-1.0, 1.0);
        assertThat(Signals.snr(tone, out, from, lag, count)).isGreaterThan(15);
    }

    @Test
    void otherPacketDurationsAreRefused() {
        try (Encoder encoder = opus.newEncoder(CodecParams.NONE)) {
            short[] pcm = new short[1440];
            assertThatThrownBy(() -> encoder.encode(pcm, 0, 1440, new byte[4000], 0))
                .isInstanceOf(CodecException.class).hasMessageContaining("10, 20, 40 or 60 ms");
        }
    }

    @Test
    void aDecoderGivesWhatEachPacketHoldsWhateverTheEncoderUsed() {
        short[] pcm = Signals.sine(2880, 440, 6000, RATE);
        byte[] payload = new byte[4000];
        short[] decoded = new short[OpusDecoder.MAX_SAMPLES];
        try (Encoder e60 = opus.newEncoder(CodecParams.NONE); Encoder e10 = opus.newEncoder(CodecParams.NONE);
             Decoder decoder = opus.newDecoder(CodecParams.NONE)) {
            assertThat(decoder.decode(payload, 0, e60.encode(pcm, 0, 2880, payload, 0), decoded, 0)).isEqualTo(2880);
            assertThat(decoder.decode(payload, 0, e10.encode(pcm, 0, 480, payload, 0), decoded, 0)).isEqualTo(480);
        }
    }

    /**
     * A tone that changes pitch every 100 ms, and the first packet of each new pitch lost: plain concealment
     * can only extrapolate the old pitch, the FEC in the next packet carries the new one (RFC 7587 §3.3).
     */
    @Test
    void concealingFromTheNextPacketsFecIsCloserToTheOriginalThanPlainConcealment() {
        double[] pitches = {400, 700, 1000, 550, 850};
        short[] steps = new short[4 * SECOND];
        for (int i = 0; i < steps.length; i++) {
            double hz = pitches[i / (5 * PACKET) % pitches.length];
            steps[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        List<byte[]> packets = encode(CodecParams.parse(OpusCodec.FMTP), steps);
        short[] clean = decodeLosing(packets, i -> false, false);
        int lag = Signals.delay(steps, clean, SECOND - PACKET, 2 * PACKET, MAX_LAG);
        java.util.function.IntPredicate lost = i -> i >= 10 && i % 5 == 1;
        short[] withFec = decodeLosing(packets, lost, true);
        short[] withPlc = decodeLosing(packets, lost, false);
        double fecError = 0;
        double plcError = 0;
        double signal = 0;
        for (int i = 0; i < packets.size(); i++) {
            if (lost.test(i)) {
                fecError += Signals.errorPower(steps, i * PACKET - lag, withFec, i * PACKET, PACKET);
                plcError += Signals.errorPower(steps, i * PACKET - lag, withPlc, i * PACKET, PACKET);
                signal += Math.pow(Signals.rms(steps, i * PACKET - lag, i * PACKET - lag + PACKET), 2);
            }
        }
        assertThat(Signals.powerDb(plcError / fecError)).as("how much smaller the FEC error is, dB (4.8 measured)")
            .isGreaterThan(3);
        assertThat(Signals.powerDb(signal / fecError))
            .as("SNR of the packets rebuilt from FEC, dB (5.0 measured; plain concealment 0.2)")
            .isGreaterThan(3);
    }

    @Test
    void withoutFecInTheStreamConcealmentFromTheNextPacketStillFillsTheGap() {
        short[] tone = Signals.sine(SECOND, 500, 8000, RATE);
        List<byte[]> packets = encode(CodecParams.NONE, tone);
        short[] out = decodeLosing(packets, i -> i == 30, true);
        double concealed = Signals.power(out, 30 * PACKET, 30 * PACKET + PACKET, 500, RATE);
        double before = Signals.power(out, 29 * PACKET, 29 * PACKET + PACKET, 500, RATE);
        assertThat(Signals.powerDb(concealed / before)).as("tone level in the concealed packet, dB").isGreaterThan(-6);
    }

    @Test
    void withDtxSilenceBecomesPacketsOfAtMostThreeBytes() {
        short[] silence = new short[SECOND];
        int[] dtx = sizes(CodecParams.parse("usedtx=1"), silence);
        int[] plain = sizes(CodecParams.NONE, silence);
        long tiny = Arrays.stream(dtx, 15, dtx.length).filter(n -> n <= 3).count();
        assertThat(tiny).as("DTX packet sizes %s", Arrays.toString(dtx)).isGreaterThanOrEqualTo(30);
        assertThat(Arrays.stream(plain).min().orElseThrow()).as("smallest packet without DTX").isGreaterThan(3);
        try (Decoder decoder = opus.newDecoder(CodecParams.NONE)) {
            byte[] dtxPacket = encode(CodecParams.parse("usedtx=1"), silence).stream().filter(p -> p.length <= 3)
                .findFirst().orElseThrow();
            short[] pcm = new short[OpusDecoder.MAX_SAMPLES];
            assertThat(decoder.decode(dtxPacket, 0, dtxPacket.length, pcm, 0)).isEqualTo(PACKET);
            assertThat(Signals.rms(pcm, 0, PACKET)).as("a DTX packet decodes to (near) silence").isLessThan(100);
        }
    }

    @Test
    void theReceiversMaxPlaybackRateAndAverageBitrateAreObeyed() {
        short[] high = Signals.sine(SECOND, 6000, 8000, RATE);
        short[] narrow = roundTrip(CodecParams.parse("maxplaybackrate=8000"), high, PACKET);
        short[] full = roundTrip(CodecParams.NONE, high, PACKET);
        double kept = Signals.power(full, 20 * PACKET, 20 * PACKET + 20 * PACKET, 6000, RATE);
        double cut = Signals.power(narrow, 20 * PACKET, 20 * PACKET + 20 * PACKET, 6000, RATE);
        assertThat(Signals.powerDb(kept / cut)).as("6 kHz in fullband over narrowband, dB").isGreaterThan(30);
        int[] cbr = sizes(CodecParams.parse("maxaveragebitrate=12000;cbr=1"), Signals.sine(SECOND, 300, 8000, RATE));
        assertThat(Arrays.stream(cbr).distinct().toArray()).as("12 kbit/s CBR is 30 bytes per 20 ms")
            .containsExactly(30);
    }

    @Test
    void aSettingLibopusRefusesIsACodecExceptionNamingTheRequestAndTheReason() {
        OpusEncoderSettings tooComplex = new OpusEncoderSettings(32_000, 11, false, 0, false, false,
            OpusEncoderSettings.bandwidthFor(16_000));
        assertThatThrownBy(() -> opus.newEncoder(tooComplex)).isInstanceOf(CodecException.class)
            .hasMessage("opus_encoder_ctl(OPUS_SET_COMPLEXITY, 11) failed: invalid argument (-1)");
    }

    @Test
    void aCorruptPayloadIsACodecExceptionAndTheDecoderGoesOn() {
        byte[][] corrupt = {
            {0x03, 0x00},                   // code 3 with zero frames (RFC 6716 §3.2.5)
            {0x01, 0x00},                   // code 1: two equal frames need an even length (§3.2.3)
            {0x02, (byte) 0xFB, 0x00},      // code 2: first frame longer than the packet (§3.2.4)
        };
        short[] pcm = new short[OpusDecoder.MAX_SAMPLES];
        try (Encoder encoder = opus.newEncoder(CodecParams.NONE); Decoder decoder = opus.newDecoder(CodecParams.NONE)) {
            for (byte[] payload : corrupt) {
                assertThatThrownBy(() -> decoder.decode(payload, 0, payload.length, pcm, 0))
                    .isInstanceOf(CodecException.class).hasMessageContaining("corrupted stream");
            }
            assertThatThrownBy(() -> decoder.decode(new byte[0], 0, 0, pcm, 0)).isInstanceOf(CodecException.class);
            byte[] good = new byte[4000];
            int length = encoder.encode(Signals.sine(PACKET, 1000, 8000, RATE), 0, PACKET, good, 0);
            assertThat(decoder.decode(good, 0, length, pcm, 0)).isEqualTo(PACKET);
        }
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseIsRefused() {
        Encoder encoder = opus.newEncoder(CodecParams.NONE);
        Decoder decoder = opus.newDecoder(CodecParams.NONE);
        encoder.close();
        encoder.close();
        decoder.close();
        decoder.close();
        assertThatThrownBy(() -> encoder.encode(new short[PACKET], 0, PACKET, new byte[4000], 0))
            .isInstanceOf(CodecException.class).hasMessageContaining("after close");
        assertThatThrownBy(() -> decoder.conceal(null, 0, 0, new short[PACKET], 0, PACKET))
            .isInstanceOf(CodecException.class).hasMessageContaining("after close");
    }

    private short[] roundTrip(CodecParams peer, short[] pcm, int packet) {
        try (Encoder encoder = opus.newEncoder(peer); Decoder decoder = opus.newDecoder(CodecParams.NONE)) {
            return NativeCodecs.roundTrip(encoder, decoder, pcm, packet);
        }
    }

    private List<byte[]> encode(CodecParams peer, short[] pcm) {
        List<byte[]> packets = new ArrayList<>();
        byte[] payload = new byte[4000];
        try (Encoder encoder = opus.newEncoder(peer)) {
            for (int at = 0; at + PACKET <= pcm.length; at += PACKET) {
                packets.add(Arrays.copyOf(payload, encoder.encode(pcm, at, PACKET, payload, 0)));
            }
        }
        return packets;
    }

    private int[] sizes(CodecParams peer, short[] pcm) {
        return encode(peer, pcm).stream().mapToInt(p -> p.length).toArray();
    }

    /** Decodes {@code packets}, concealing those {@code lost} says, from the next packet or without it. */
    private short[] decodeLosing(List<byte[]> packets, java.util.function.IntPredicate lost, boolean useNext) {
        short[] out = new short[packets.size() * PACKET];
        try (Decoder decoder = opus.newDecoder(CodecParams.NONE)) {
            for (int i = 0; i < packets.size(); i++) {
                byte[] p = packets.get(i);
                if (lost.test(i)) {
                    byte[] next = useNext && i + 1 < packets.size() ? packets.get(i + 1) : null;
                    decoder.conceal(next, 0, next == null ? 0 : next.length, out, i * PACKET, PACKET);
                } else {
                    decoder.decode(p, 0, p.length, out, i * PACKET);
                }
            }
        }
        return out;
    }
}
