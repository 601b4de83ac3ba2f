package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;

/** G.729 through bcg729 on real signals: 10-byte frames, the tone's frequency kept, erasures concealed. */
class G729CodecTest {
    private static final int RATE = 8000;
    private static final int PACKET = 160;
    private static final int MAX_LAG = 160;

    private final G729Codec g729 = NativeCodecs.g729();

    @Test
    void sdpNamesG729WithStaticPayloadType18AndAnnexBOff() {
        assertThat(g729.encoding()).isEqualTo("G729");
        assertThat(g729.rtpClockRate()).isEqualTo(8000);
        assertThat(g729.sampleRate()).isEqualTo(8000);
        assertThat(g729.staticPayloadType()).hasValue(18);
        assertThat(g729.quality()).isEqualTo(30);
        assertThat(g729.defaultFmtp()).isEqualTo("annexb=no");
    }

    @Test
    void twentyMillisecondsBecomeTwentyBytesAndDecodeBackToTwentyMilliseconds() {
        short[] tone = Signals.sine(PACKET, 800, 6000, RATE);
        byte[] payload = new byte[64];
        short[] pcm = new short[960];
        try (Encoder encoder = g729.newEncoder(CodecParams.NONE); Decoder decoder = g729.newDecoder(CodecParams.NONE)) {
            int length = encoder.encode(tone, 0, PACKET, payload, 0);
            assertThat(length).isEqualTo(20);
            assertThat(decoder.decode(payload, 0, length, pcm, 0)).isEqualTo(PACKET);
            assertThat(encoder.encode(new short[240], 0, 240, payload, 0)).as("30 ms").isEqualTo(30);
        }
    }

    @Test
    void aToneComesBackAtTheSameFrequencyAndAboutTheSameLevel() {
        short[] tone = Signals.sine(RATE, 600, 6000, RATE);
        short[] out;
        try (Encoder encoder = g729.newEncoder(CodecParams.NONE); Decoder decoder = g729.newDecoder(CodecParams.NONE)) {
            out = NativeCodecs.roundTrip(encoder, decoder, tone, PACKET);
        }
        int from = 10 * PACKET;
        int count = 30 * PACKET;
        double in = Signals.power(tone, from, from + count, 600, RATE);
        double at = Signals.power(out, from, from + count, 600, RATE);
        assertThat(Signals.powerDb(at / in)).as("level at 600 Hz, dB").isBetween(-3.0, 3.0);
        for (double other : new double[] {300, 900, 1200, 2000}) {
            assertThat(Signals.powerDb(at / Signals.power(out, from, from + count, other, RATE)))
                .as("600 Hz over %.0f Hz, dB", other).isGreaterThan(20);
        }
        int lag = Signals.delay(tone, out, from, 800, MAX_LAG);
        assertThat(Signals.correlation(tone, from, out, from + lag, count)).isGreaterThan(0.9);
    }

    @Test
    void anErasedPacketIsConcealedByContinuingTheSound() {
        short[] tone = Signals.sine(40 * PACKET, 600, 6000, RATE);
        byte[] payload = new byte[64];
        short[] out = new short[tone.length];
        try (Encoder encoder = g729.newEncoder(CodecParams.NONE); Decoder decoder = g729.newDecoder(CodecParams.NONE)) {
            for (int i = 0; i < 40; i++) {
                int length = encoder.encode(tone, i * PACKET, PACKET, payload, 0);
                if (i == 20) {
                    assertThat(decoder.conceal(null, 0, 0, out, i * PACKET, PACKET)).isEqualTo(PACKET);
                } else {
                    decoder.decode(payload, 0, length, out, i * PACKET);
                }
            }
        }
        double before = Signals.power(out, 19 * PACKET, 19 * PACKET + PACKET, 600, RATE);
        double concealed = Signals.power(out, 20 * PACKET, 20 * PACKET + PACKET, 600, RATE);
        double after = Signals.power(out, 30 * PACKET, 30 * PACKET + PACKET, 600, RATE);
        assertThat(Signals.powerDb(concealed / before)).as("600 Hz in the concealed packet, dB").isGreaterThan(-6);
        assertThat(Signals.powerDb(after / before)).as("600 Hz 200 ms later, recovered, dB").isBetween(-3.0, 3.0);
    }

    @Test
    void aSidFrameAfterTheVoiceFramesDecodesToComfortNoise() {
        byte[] payload = new byte[12];
        short[] pcm = new short[960];
        try (Encoder encoder = g729.newEncoder(CodecParams.NONE); Decoder decoder = g729.newDecoder(CodecParams.NONE)) {
            encoder.encode(Signals.sine(80, 600, 6000, RATE), 0, 80, payload, 0);
            assertThat(decoder.decode(payload, 0, 12, pcm, 0)).as("one voice frame and one SID frame").isEqualTo(160);
        }
    }

    @Test
    void payloadsThatAreNotWholeFramesAndPacketsThatAreNotWholeFramesAreRefused() {
        try (Encoder encoder = g729.newEncoder(CodecParams.NONE); Decoder decoder = g729.newDecoder(CodecParams.NONE)) {
            assertThatThrownBy(() -> decoder.decode(new byte[15], 0, 15, new short[960], 0))
                .isInstanceOf(CodecException.class).hasMessageContaining("15 bytes");
            assertThatThrownBy(() -> decoder.decode(new byte[0], 0, 0, new short[960], 0))
                .isInstanceOf(CodecException.class);
            assertThatThrownBy(() -> decoder.decode(new byte[130], 0, 130, new short[960], 0))
                .isInstanceOf(CodecException.class).hasMessageContaining("13 frames");
            assertThatThrownBy(() -> encoder.encode(new short[100], 0, 100, new byte[64], 0))
                .isInstanceOf(CodecException.class).hasMessageContaining("80 samples");
        }
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseIsRefused() {
        Encoder encoder = g729.newEncoder(CodecParams.NONE);
        Decoder decoder = g729.newDecoder(CodecParams.NONE);
        encoder.close();
        encoder.close();
        decoder.close();
        decoder.close();
        assertThatThrownBy(() -> encoder.encode(new short[PACKET], 0, PACKET, new byte[64], 0))
            .isInstanceOf(CodecException.class).hasMessageContaining("after close");
        assertThatThrownBy(() -> decoder.conceal(null, 0, 0, new short[PACKET], 0, PACKET))
            .isInstanceOf(CodecException.class).hasMessageContaining("after close");
    }
}
