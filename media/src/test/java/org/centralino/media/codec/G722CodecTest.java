package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;

/** G.722 as a codec: what SDP sees, packet sizes, audio quality through a round trip, concealment, garbage. */
class G722CodecTest {
    private static final int RATE = 16_000;
    private static final int PACKET = 320;
    /** The two 24-tap QMFs (transmit and receive) delay the audio by 22 samples, 1.375 ms. */
    private static final int QMF_DELAY = 22;
    private final G722Codec codec = new G722Codec();

    @Test
    void describesItselfAsRfc3551SaysAndIsAlwaysDetected() {
        assertThat(codec.encoding()).isEqualTo("G722");
        assertThat(codec.rtpClockRate()).isEqualTo(8000);
        assertThat(codec.sampleRate()).isEqualTo(16_000);
        assertThat(codec.staticPayloadType()).hasValue(9);
        assertThat(codec.quality()).isEqualTo(80);
        CodecRegistry registry = CodecRegistry.detect();
        assertThat(registry.find("g722", 8000)).get().isInstanceOf(G722Codec.class);
        assertThat(registry.find("G722", 16_000)).isEmpty();
        assertThat(registry.codecs().indexOf(registry.find("G722", 8000).orElseThrow()))
            .isLessThan(registry.codecs().indexOf(G711Codec.PCMU));
    }

    @Test
    void twentyMillisecondsBecome160OctetsAndDecodeBackTo320Samples() {
        short[] pcm = Signals.sine(PACKET, 1000, 8000, RATE);
        byte[] payload = new byte[200];
        assertThat(codec.newEncoder(CodecParams.NONE).encode(pcm, 0, PACKET, payload, 7)).isEqualTo(160);
        short[] out = new short[400];
        assertThat(codec.newDecoder(CodecParams.NONE).decode(payload, 7, 160, out, 11)).isEqualTo(320);
        assertThat(Signals.rms(out, 11 + 160, 11 + 160 + 160)).isGreaterThan(3000);
    }

    @Test
    void anyEvenPacketLengthGivesTheSameStreamAsTwentyMillisecondPackets() {
        short[] pcm = G722Signals.speechLike(3, 9);
        byte[] whole = encode(pcm, new int[] {PACKET});
        byte[] mixed = encode(pcm, new int[] {2, 160, 480, 62, 640, 18});
        assertThat(mixed).isEqualTo(whole);
        short[] decodedWhole = decode(whole, new int[] {160});
        short[] decodedMixed = decode(whole, new int[] {1, 80, 240, 31, 320, 9});
        assertThat(decodedMixed).isEqualTo(decodedWhole);
    }

    @Test
    void anOddNumberOfSamplesIsRefused() {
        Encoder encoder = codec.newEncoder(CodecParams.NONE);
        assertThatThrownBy(() -> encoder.encode(new short[321], 0, 321, new byte[200], 0))
            .isInstanceOf(CodecException.class).hasMessageContaining("321");
    }

    @Test
    void roundTripDelaysByTheQmfPairAndKeepsSpeechLikeSound() {
        short[] speech = G722Signals.speechLike(4, 21, 0.125);
        short[] back = decode(encode(speech, new int[] {PACKET}), new int[] {160});
        int lag = Signals.delay(speech, back, RATE, 2 * RATE, 40);
        assertThat(lag).as("codec delay in samples").isEqualTo(QMF_DELAY);
        assertThat(Signals.snr(speech, back, RATE, lag, 2 * RATE)).isGreaterThan(30); // measured 38.7 dB
    }

    @Test
    void roundTripKeepsLowAndHighBandTones() {
        for (double hz : new double[] {300, 1000, 3400, 5000, 7000}) {
            short[] tone = Signals.sine(RATE, hz, 10_000, RATE);
            short[] back = decode(encode(tone, new int[] {PACKET}), new int[] {160});
            double snr = Signals.snr(tone, back, RATE / 2, QMF_DELAY, 4000);
            // 6 bits in the lower band, only 2 in the higher one (G.722 §1.2)
            assertThat(snr).as("SNR at %.0f Hz", hz).isGreaterThan(hz < 4000 ? 30 : 15); // measured 35-62 and 21-23 dB
        }
    }

    @Test
    void aLostPacketIsConcealedWithTheLastSoundNotSilence() {
        short[] tone = Signals.sine(RATE / 5, 1000, 8000, RATE);
        byte[] stream = encode(tone, new int[] {PACKET});
        Decoder decoder = codec.newDecoder(CodecParams.NONE);
        short[] out = new short[PACKET];
        for (int at = 0; at < stream.length; at += 160) {
            decoder.decode(stream, at, 160, out, 0);
        }
        assertThat(decoder.conceal(null, 0, 0, out, 0, PACKET)).isEqualTo(PACKET);
        assertThat(Signals.hannAmplitude(out, 0, PACKET, 1000, RATE)).isGreaterThan(4000);
    }

    @Test
    void randomOctetsDecodeWithoutErrorToBoundedAudio() {
        byte[] garbage = G722Signals.randomOctets(8000, 11);
        short[] out = decode(garbage, new int[] {160});
        assertThat(out).hasSize(16_000);
        assertThat(Signals.rms(out, 0, out.length)).isPositive();
    }

    @Test
    void encodingAndDecodingAPacketAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        short[] pcm = G722Signals.speechLike(1, 13);
        byte[] payload = new byte[160];
        short[] out = new short[PACKET];
        Encoder encoder = codec.newEncoder(CodecParams.NONE);
        Decoder decoder = codec.newDecoder(CodecParams.NONE);
        for (int i = 0; i < 20_000; i++) { // warm up so the JIT has compiled the path
            round(encoder, decoder, pcm, i, payload, out);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            round(encoder, decoder, pcm, i, payload, out);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated for 10000 packets encoded and decoded").isLessThan(1024);
    }

    private static void round(Encoder encoder, Decoder decoder, short[] pcm, int i, byte[] payload, short[] out) {
        encoder.encode(pcm, (i % 50) * PACKET, PACKET, payload, 0);
        if (i % 10 == 9) {
            decoder.conceal(null, 0, 0, out, 0, PACKET);
        } else {
            decoder.decode(payload, 0, payload.length, out, 0);
        }
    }

    /** Encodes {@code pcm} with one encoder in packets of the given sample counts, cycling. */
    private byte[] encode(short[] pcm, int[] sizes) {
        Encoder encoder = codec.newEncoder(CodecParams.NONE);
        byte[] out = new byte[pcm.length / 2];
        int at = 0;
        for (int k = 0; at < pcm.length; k++) {
            int n = Math.min(sizes[k % sizes.length], pcm.length - at);
            at += 2 * encoder.encode(pcm, at, n, out, at / 2);
        }
        return out;
    }

    /** Decodes {@code stream} with one decoder in payloads of the given octet counts, cycling. */
    private short[] decode(byte[] stream, int[] sizes) {
        Decoder decoder = codec.newDecoder(CodecParams.NONE);
        short[] out = new short[2 * stream.length];
        int at = 0;
        for (int k = 0; at < stream.length; k++) {
            int n = Math.min(sizes[k % sizes.length], stream.length - at);
            decoder.decode(stream, at, n, out, 2 * at);
            at += n;
        }
        return out;
    }

}
