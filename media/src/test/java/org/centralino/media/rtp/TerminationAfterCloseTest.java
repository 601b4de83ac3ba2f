package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.Decoder;
import org.centralino.media.codec.Encoder;
import org.centralino.media.codec.G711Codec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A leg terminated while, or after, its session closes: whatever the order the calls reach the media thread in,
 * no encoder or decoder outlives the session (a session ticked after its ports went back to the pool would hold
 * them, native memory included, for the life of the engine).
 */
class TerminationAfterCloseTest {
    private final RtpEngine engine = TestEngines.started();
    private final CountingCodec codec = new CountingCodec();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void aLegTerminatedBeforeTheSessionClosesReleasesItsCodecWithIt() throws IOException {
        RelaySession s = engine.createSession(RelayListener.NONE);
        s.terminate(Side.A, StreamFormat.of(codec, 0));
        engine.totals(); // waits for every loop thread to run the tasks queued before it
        assertThat(codec.open).as("an encoder and a decoder while the leg is terminated").hasValue(2);

        s.close();
        engine.totals();

        assertThat(codec.open).as("codec instances still open after the session closed").hasValue(0);
    }

    @Test
    void aLegTerminatedAfterTheSessionClosedHoldsNoCodec() throws IOException {
        RelaySession s = engine.createSession(RelayListener.NONE);
        s.close();
        s.terminate(Side.A, StreamFormat.of(codec, 0));
        engine.totals();

        assertThat(codec.open).as("codec instances open for a closed session").hasValue(0);
    }

    /** PCMU that counts its encoders and decoders not yet closed. */
    private static final class CountingCodec implements AudioCodec {
        final AtomicInteger open = new AtomicInteger();

        @Override
        public String encoding() {
            return G711Codec.PCMU.encoding();
        }

        @Override
        public int rtpClockRate() {
            return G711Codec.PCMU.rtpClockRate();
        }

        @Override
        public int sampleRate() {
            return G711Codec.PCMU.sampleRate();
        }

        @Override
        public OptionalInt staticPayloadType() {
            return G711Codec.PCMU.staticPayloadType();
        }

        @Override
        public int quality() {
            return G711Codec.PCMU.quality();
        }

        @Override
        public Encoder newEncoder(CodecParams params) {
            Encoder pcmu = G711Codec.PCMU.newEncoder(params);
            open.incrementAndGet();
            return new Encoder() {
                @Override
                public int encode(short[] pcm, int offset, int samples, byte[] out, int outOffset) {
                    return pcmu.encode(pcm, offset, samples, out, outOffset);
                }

                @Override
                public void close() {
                    open.decrementAndGet();
                }
            };
        }

        @Override
        public Decoder newDecoder(CodecParams params) {
            Decoder pcmu = G711Codec.PCMU.newDecoder(params);
            open.incrementAndGet();
            return new Decoder() {
                @Override
                public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset) {
                    return pcmu.decode(payload, offset, length, pcm, pcmOffset);
                }

                @Override
                public int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset,
                                   int samples) {
                    return pcmu.conceal(next, nextOffset, nextLength, pcm, pcmOffset, samples);
                }

                @Override
                public void close() {
                    open.decrementAndGet();
                }
            };
        }
    }
}
