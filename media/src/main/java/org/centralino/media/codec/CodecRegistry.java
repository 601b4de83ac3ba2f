package org.centralino.media.codec;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The codecs this process can encode and decode, found once at start-up: G.711 always, the others when
 * their implementation is present (pure-Java G.722; Opus and G.729 when their native library loads). Ordered
 * best first ({@link AudioCodec#quality()}). Immutable.
 */
public final class CodecRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CodecRegistry.class);

    private final List<AudioCodec> codecs;

    public CodecRegistry(List<AudioCodec> codecs) {
        this.codecs = codecs.stream().sorted(Comparator.comparingInt(AudioCodec::quality).reversed()).toList();
    }

    /** G.711 only: what needs nothing but Java. */
    public static CodecRegistry g711() {
        return new CodecRegistry(List.of(G711Codec.PCMU, G711Codec.PCMA));
    }

    /** Every codec whose implementation is available on this machine, native libraries found by the system. */
    public static CodecRegistry detect() {
        return detect(LibraryLoader.system());
    }

    /**
     * Every codec whose implementation is available, opening native libraries with {@code loader}: Opus when
     * {@code libopus.so.0} loads with every function we bind, G.729 likewise with {@code libbcg729.so.0}
     * (GPL, so only ever used where the administrator installed it). Logs at INFO what was found and, for
     * each codec left out, why.
     */
    public static CodecRegistry detect(LibraryLoader loader) {
        Cleaner cleaner = Cleaner.create();
        List<AudioCodec> found = new ArrayList<>(List.of(G711Codec.PCMU, G711Codec.PCMA, new G722Codec()));
        addIfLoaded(found, "Opus", loader.load(OpusBindings.SONAME).requiring(OpusBindings.SYMBOLS),
            lib -> new OpusCodec(new OpusBindings(lib), cleaner));
        addIfLoaded(found, "G.729", loader.load(Bcg729Bindings.SONAME).requiring(Bcg729Bindings.SYMBOLS),
            lib -> new G729Codec(new Bcg729Bindings(lib), cleaner));
        CodecRegistry registry = new CodecRegistry(found);
        LOG.info("Codecs available, best first: {}",
            registry.codecs().stream().map(c -> c.encoding() + "/" + c.rtpClockRate()).toList());
        return registry;
    }

    private static void addIfLoaded(List<AudioCodec> found, String codec, NativeLibrary library,
                                    Function<NativeLibrary.Available, AudioCodec> bind) {
        switch (library) {
            case NativeLibrary.Available lib -> found.add(bind.apply(lib));
            case NativeLibrary.Missing missing -> LOG.info("{} not offered: {}", codec, missing.reason());
        }
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
