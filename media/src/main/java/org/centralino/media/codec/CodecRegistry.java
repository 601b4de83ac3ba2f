package org.centralino.media.codec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The codecs this process can encode and decode, found once at start-up: G.711 always, the others when
 * their implementation is present (pure-Java G.722; Opus and G.729 when their native library loads). Ordered
 * best first ({@link AudioCodec#quality()}). Immutable.
 */
public final class CodecRegistry {
    private final List<AudioCodec> codecs;

    public CodecRegistry(List<AudioCodec> codecs) {
        this.codecs = codecs.stream().sorted(Comparator.comparingInt(AudioCodec::quality).reversed()).toList();
    }

    /** G.711 only: what needs nothing but Java. */
    public static CodecRegistry g711() {
        return new CodecRegistry(List.of(G711Codec.PCMU, G711Codec.PCMA));
    }

    /** Every codec whose implementation is available on this machine. */
    public static CodecRegistry detect() {
        List<AudioCodec> found = new ArrayList<>(List.of(G711Codec.PCMU, G711Codec.PCMA, new G722Codec()));
        return new CodecRegistry(found);
    }

    /** Best first. */
    public List<AudioCodec> codecs() {
        return codecs;
    }

    /** The codec SDP names {@code encoding}/{@code clockRate}, ignoring the name's case. */
    public Optional<AudioCodec> find(String encoding, int clockRate) {
        String name = encoding.toLowerCase(Locale.ROOT);
        return codecs.stream().filter(c -> c.encoding().toLowerCase(Locale.ROOT).equals(name)
            && c.rtpClockRate() == clockRate).findFirst();
    }
}
