package org.centralino.media.codec;

import java.lang.ref.Cleaner;
import java.util.OptionalInt;

/**
 * ITU-T G.729 (Annex A, 8 kbit/s CS-ACELP) over RTP (RFC 3551 §4.5.6, static payload type 18) through
 * bcg729, offered only when {@code libbcg729.so.0} is installed (it is GPL: see
 * {@link CodecRegistry#detect(LibraryLoader)}). Frames are 10 ms (80 samples, 10 bytes); packets 20 ms by
 * default (2 frames, 20 bytes), any whole number of frames up to {@value #MAX_FRAMES} accepted.
 *
 * <p>Our fmtp says {@code annexb=no} (RFC 4856, media type audio/G729: omitted means yes): we send no SID
 * frames; we still decode them if a peer sends them anyway.
 */
public final class G729Codec implements AudioCodec {
    public static final String ENCODING = "G729";
    public static final int PAYLOAD_TYPE = 18;
    public static final String FMTP = "annexb=no";
    static final int RATE = 8_000;
    /** One G.729 frame: 10 ms at 8 kHz (ITU-T G.729 §3). */
    static final int FRAME_SAMPLES = 80;
    /** One coded frame: 80 bits (ITU-T G.729 table 8). */
    static final int FRAME_BYTES = 10;
    /** One Annex B SID (comfort noise) frame: 15 bits in 2 bytes (RFC 3551 §4.5.6). */
    static final int SID_BYTES = 2;
    /** The longest packet we encode or decode: 12 frames, 120 ms. */
    static final int MAX_FRAMES = 12;

    private final Bcg729Bindings bcg729;
    private final Cleaner cleaner;

    /** Over bindings to a loaded bcg729; {@code cleaner} frees encoders and decoders nobody closed. */
    G729Codec(Bcg729Bindings bcg729, Cleaner cleaner) {
        this.bcg729 = bcg729;
        this.cleaner = cleaner;
    }

    /** Frames in a packet of {@code samples}: a whole number from 1 to {@link #MAX_FRAMES}. */
    static int framesIn(int samples) {
        if (samples <= 0 || samples % FRAME_SAMPLES != 0 || samples / FRAME_SAMPLES > MAX_FRAMES) {
            throw new CodecException("G.729 encodes whole 10 ms frames of 80 samples, 1 to " + MAX_FRAMES
                + " per packet, not " + samples + " samples");
        }
        return samples / FRAME_SAMPLES;
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
    public int sampleRate() {
        return RATE;
    }

    @Override
    public OptionalInt staticPayloadType() {
        return OptionalInt.of(PAYLOAD_TYPE);
    }

    @Override
    public String defaultFmtp() {
        return FMTP;
    }

    @Override
    public int quality() {
        return 30;
    }

    /** An encoder; the peer's {@code annexb} does not matter since we never send SID frames. */
    @Override
    public Encoder newEncoder(CodecParams params) {
        return new G729Encoder(bcg729, cleaner);
    }

    @Override
    public Decoder newDecoder(CodecParams params) {
        return new G729Decoder(bcg729, cleaner);
    }
}
