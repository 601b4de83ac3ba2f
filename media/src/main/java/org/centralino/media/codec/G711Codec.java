package org.centralino.media.codec;

import java.util.OptionalInt;

/** G.711 µ-law (PCMU, payload type 0) and A-law (PCMA, 8) at 8 kHz, 8 bits per sample (RFC 3551 §4.5.14). */
public enum G711Codec implements AudioCodec {
    PCMU(0) {
        @Override
        void encode(short[] pcm, int from, byte[] out, int to, int count) {
            G711.encodeUlaw(pcm, from, out, to, count);
        }

        @Override
        void decode(byte[] in, int from, short[] pcm, int to, int count) {
            G711.decodeUlaw(in, from, pcm, to, count);
        }
    },
    PCMA(8) {
        @Override
        void encode(short[] pcm, int from, byte[] out, int to, int count) {
            G711.encodeAlaw(pcm, from, out, to, count);
        }

        @Override
        void decode(byte[] in, int from, short[] pcm, int to, int count) {
            G711.decodeAlaw(in, from, pcm, to, count);
        }
    };

    private final int payloadType;

    G711Codec(int payloadType) {
        this.payloadType = payloadType;
    }

    abstract void encode(short[] pcm, int from, byte[] out, int to, int count);

    abstract void decode(byte[] in, int from, short[] pcm, int to, int count);

    @Override
    public String encoding() {
        return name();
    }

    @Override
    public int rtpClockRate() {
        return 8000;
    }

    @Override
    public int sampleRate() {
        return 8000;
    }

    @Override
    public OptionalInt staticPayloadType() {
        return OptionalInt.of(payloadType);
    }

    @Override
    public int quality() {
        return 50;
    }

    @Override
    public Encoder newEncoder(CodecParams params) {
        return (pcm, offset, samples, out, outOffset) -> {
            encode(pcm, offset, out, outOffset, samples);
            return samples;
        };
    }

    @Override
    public Decoder newDecoder(CodecParams params) {
        return new G711Decoder(this);
    }

    /** Decoding is a table look-up; a lost packet is concealed by {@link WaveformConcealer} (G.711 Appendix I). */
    private static final class G711Decoder implements Decoder {
        private final G711Codec law;
        private final WaveformConcealer plc = new WaveformConcealer(8000);

        G711Decoder(G711Codec law) {
            this.law = law;
        }

        @Override
        public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset) {
            law.decode(payload, offset, pcm, pcmOffset, length);
            plc.remember(pcm, pcmOffset, length);
            return length;
        }

        @Override
        public int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset, int samples) {
            plc.conceal(pcm, pcmOffset, samples);
            return samples;
        }
    }
}
