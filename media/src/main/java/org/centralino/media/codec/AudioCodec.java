package org.centralino.media.codec;

import java.util.OptionalInt;

/**
 * A codec the media engine can encode and decode (DESIGN.md §5: pluggable parts chosen by capability): how
 * SDP names it, its rates, and a factory for per-stream encoders and decoders. Implementations are immutable
 * and thread-safe; the encoders and decoders they make are not (one per stream, used by one thread).
 */
public interface AudioCodec {
    /** The SDP encoding name, as in {@code a=rtpmap} ({@code PCMU}, {@code PCMA}, {@code G722}, {@code opus}, {@code G729}). */
    String encoding();

    /** The RTP clock rate SDP announces (8000 for G.722, RFC 3551 §4.5.2; 48000 for Opus, RFC 7587 §4.1). */
    int rtpClockRate();

    /** The channel count SDP announces (2 for Opus, RFC 7587 §7; 1 otherwise). */
    default int sdpChannels() {
        return 1;
    }

    /** The sample rate of the PCM the encoder takes and the decoder gives. */
    int sampleRate();

    /** The static payload type (RFC 3551 table 4), if the codec has one. */
    OptionalInt staticPayloadType();

    /** Our fmtp for an offer (e.g. Opus's {@code useinbandfec=1}), or null for none. */
    default String defaultFmtp() {
        return null;
    }

    /**
     * How good the audio is, for choosing among codecs both sides share when we must transcode: higher is
     * better (Opus 100, G.722 80, G.711 50, G.729 30).
     */
    int quality();

    /** A new encoder, configured from the peer's fmtp (null if none). */
    Encoder newEncoder(CodecParams params);

    /** A new decoder, configured from the peer's fmtp (null if none). */
    Decoder newDecoder(CodecParams params);
}
