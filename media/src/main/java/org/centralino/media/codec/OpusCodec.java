package org.centralino.media.codec;

import java.lang.ref.Cleaner;
import java.util.OptionalInt;

/**
 * Opus (RFC 6716) over RTP (RFC 7587) through Debian's libopus, present only when the library loads (see
 * {@link CodecRegistry#detect(LibraryLoader)}). SDP always names it {@code opus/48000/2} whatever is actually
 * sent (RFC 7587 §7); we encode and decode mono at 48 kHz, libopus mixing a stereo stream down.
 *
 * <p>Our offer's fmtp is {@value #FMTP}: we can use in-band FEC (RFC 7587 §6.1, so the peer should send it),
 * and we play back at most 16 kHz because the media engine's internal format is 16 kHz ({@code Pcm.RATE}):
 * a fullband stream would only be filtered away after costing bandwidth. We do not ask for {@code usedtx}:
 * a peer that stops sending in silence looks like one-way audio or a dead leg to the RTP timeouts, and the
 * jitter buffer gains nothing from the gaps. (A peer may still ask us for DTX; the encoder honours it.)
 */
public final class OpusCodec implements AudioCodec {
    public static final String ENCODING = "opus";
    /** Opus's RTP clock and our PCM rate: 48 kHz (RFC 7587 §4.1). */
    public static final int RATE = 48_000;
    /** The fmtp of our offers; see the class comment. */
    public static final String FMTP = "maxplaybackrate=16000;useinbandfec=1";

    private final OpusBindings opus;
    private final Cleaner cleaner;

    /** Over bindings to a loaded libopus; {@code cleaner} frees encoders and decoders nobody closed. */
    OpusCodec(OpusBindings opus, Cleaner cleaner) {
        this.opus = opus;
        this.cleaner = cleaner;
    }

    @Override
    public String encoding() {
        return ENCODING;
    }

    @Override
    public int rtpClockRate() {
        return RATE;
    }

    @Override
    public int sdpChannels() {
        return 2;
    }

    @Override
    public int sampleRate() {
        return RATE;
    }

    @Override
    public OptionalInt staticPayloadType() {
        return OptionalInt.empty();
    }

    @Override
    public String defaultFmtp() {
        return FMTP;
    }

    @Override
    public int quality() {
        return 100;
    }

    /** An encoder set up from the peer's fmtp ({@link OpusEncoderSettings#forPeer}). */
    @Override
    public Encoder newEncoder(CodecParams params) {
        return newEncoder(OpusEncoderSettings.forPeer(params));
    }

    Encoder newEncoder(OpusEncoderSettings settings) {
        return new OpusEncoder(opus, settings, cleaner);
    }

    /** A decoder; nothing in the peer's fmtp changes how Opus decodes. */
    @Override
    public Decoder newDecoder(CodecParams params) {
        return new OpusDecoder(opus, cleaner);
    }
}
