package org.centralino.media.codec;

import java.util.OptionalInt;

/**
 * G.722 wideband audio (ITU-T G.722, sub-band ADPCM) at 64 kbit/s, in pure Java: 16 kHz PCM, one octet per
 * two samples, so 20 ms is 320 samples in and 160 bytes out. Static payload type 9 with an RTP clock rate
 * of 8000 although the audio is sampled at 16000 — an error in RFC 1890 kept for compatibility (RFC 3551
 * §4.5.2). The 56 and 48 kbit/s modes (which only drop lower band bits at the receiver) are not offered.
 * Immutable and thread-safe.
 */
public final class G722Codec implements AudioCodec {
    /** The sample rate of the PCM on both sides of the codec. */
    static final int SAMPLE_RATE = 16_000;
    /** The clock rate SDP and RTP timestamps use (RFC 3551 §4.5.2). */
    private static final int RTP_CLOCK_RATE = 8000;
    /** The static payload type (RFC 3551 table 4). */
    private static final int PAYLOAD_TYPE = 9;
    private static final int QUALITY = 80;

    @Override
    public String encoding() {
        return "G722";
    }

    @Override
    public int rtpClockRate() {
        return RTP_CLOCK_RATE;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public OptionalInt staticPayloadType() {
        return OptionalInt.of(PAYLOAD_TYPE);
    }

    @Override
    public int quality() {
        return QUALITY;
    }

    /** A new 64 kbit/s encoder; G.722 has no fmtp parameters (RFC 3551 §4.5.2), so {@code params} is unused. */
    @Override
    public Encoder newEncoder(CodecParams params) {
        return new G722Encoder();
    }

    @Override
    public Decoder newDecoder(CodecParams params) {
        return new G722Decoder();
    }
}
