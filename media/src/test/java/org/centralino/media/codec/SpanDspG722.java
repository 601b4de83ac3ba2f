package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference G.722 for the bit-exactness tests: spandsp 0.0.6's {@code g722_encode}/{@code g722_decode}
 * (Debian libspandsp2) through FFM, at 64 kbit/s, 16 kHz, unpacked octets. One encoder state and one decoder
 * state, carried across calls like a stream. Test code only: the product's G.722 is pure Java.
 */
final class SpanDspG722 implements AutoCloseable {
    static final Path LIBRARY = Path.of("/lib/x86_64-linux-gnu/libspandsp.so.2");
    private static final int RATE_64K = 64_000;
    private static final int OPTIONS_NONE = 0;

    private final Arena arena = Arena.ofConfined();
    private final MethodHandle encode;
    private final MethodHandle decode;
    private final MethodHandle encodeFree;
    private final MethodHandle decodeFree;
    private MemorySegment encoder = MemorySegment.NULL;
    private MemorySegment decoder = MemorySegment.NULL;
    private final MemorySegment pcm;
    private final MemorySegment octets;

    /** Loads the library and makes both states; fails with the reason when the library is missing. */
    SpanDspG722(int maxSamples) {
        if (!Files.isReadable(LIBRARY)) {
            throw new IllegalStateException("spandsp is needed for the G.722 bit-exactness test but " + LIBRARY
                + " is missing: install Debian's libspandsp2 (apt-get install -y libspandsp2)");
        }
        Linker linker = Linker.nativeLinker();
        SymbolLookup lib;
        try {
            lib = SymbolLookup.libraryLookup(LIBRARY, arena);
        } catch (IllegalArgumentException e) {
            arena.close();
            throw new IllegalStateException("spandsp at " + LIBRARY + " cannot be loaded: " + e.getMessage(), e);
        }
        FunctionDescriptor init = FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT);
        FunctionDescriptor code = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT);
        FunctionDescriptor free = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        encode = handle(linker, lib, "g722_encode", code);
        decode = handle(linker, lib, "g722_decode", code);
        encodeFree = handle(linker, lib, "g722_encode_free", free);
        decodeFree = handle(linker, lib, "g722_decode_free", free);
        pcm = arena.allocate(JAVA_SHORT, maxSamples);
        octets = arena.allocate(JAVA_BYTE, maxSamples);
        try {
            encoder = checked((MemorySegment) handle(linker, lib, "g722_encode_init", init)
                .invokeExact(MemorySegment.NULL, RATE_64K, OPTIONS_NONE), "g722_encode_init");
            decoder = checked((MemorySegment) handle(linker, lib, "g722_decode_init", init)
                .invokeExact(MemorySegment.NULL, RATE_64K, OPTIONS_NONE), "g722_decode_init");
        } catch (Throwable e) {
            close();
            throw new IllegalStateException("spandsp G.722 set-up failed: " + e.getMessage(), e);
        }
    }

    /** Encodes {@code samples} samples; returns the octets. */
    byte[] encode(short[] in, int offset, int samples) {
        MemorySegment.copy(in, offset, pcm, JAVA_SHORT, 0, samples);
        int n;
        try {
            n = (int) encode.invokeExact(encoder, octets, pcm, samples);
        } catch (Throwable e) {
            throw new IllegalStateException("g722_encode failed", e);
        }
        if (n != samples / 2) {
            throw new IllegalStateException("g722_encode returned " + n + " octets for " + samples + " samples");
        }
        return octets.asSlice(0, n).toArray(JAVA_BYTE);
    }

    /** Decodes {@code length} octets; returns the samples. */
    short[] decode(byte[] in, int offset, int length) {
        MemorySegment.copy(in, offset, octets, JAVA_BYTE, 0, length);
        int n;
        try {
            n = (int) decode.invokeExact(decoder, pcm, octets, length);
        } catch (Throwable e) {
            throw new IllegalStateException("g722_decode failed", e);
        }
        if (n != 2 * length) {
            throw new IllegalStateException("g722_decode returned " + n + " samples for " + length + " octets");
        }
        return pcm.asSlice(0, 2L * n).toArray(JAVA_SHORT);
    }

    @Override
    public void close() {
        try {
            if (!encoder.equals(MemorySegment.NULL)) {
                int rc = (int) encodeFree.invokeExact(encoder);
                encoder = MemorySegment.NULL;
                check(rc, "g722_encode_free");
            }
            if (!decoder.equals(MemorySegment.NULL)) {
                int rc = (int) decodeFree.invokeExact(decoder);
                decoder = MemorySegment.NULL;
                check(rc, "g722_decode_free");
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("spandsp G.722 free failed", e);
        } finally {
            if (arena.scope().isAlive()) {
                arena.close();
            }
        }
    }

    private static MethodHandle handle(Linker linker, SymbolLookup lib, String name, FunctionDescriptor fd) {
        MemorySegment symbol = lib.find(name).orElseThrow(() -> new IllegalStateException(
            "spandsp at " + LIBRARY + " has no symbol " + name + " (version 0.0.6 expected)"));
        return linker.downcallHandle(symbol, fd);
    }

    private static MemorySegment checked(MemorySegment state, String function) {
        if (state.equals(MemorySegment.NULL)) {
            throw new IllegalStateException(function + " returned NULL (out of memory)");
        }
        return state;
    }

    private static void check(int rc, String function) {
        if (rc != 0) {
            throw new IllegalStateException(function + " returned " + rc);
        }
    }
}
