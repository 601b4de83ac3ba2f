package org.centralino.media.codec;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.Collection;
import java.util.Optional;

/**
 * A shared library an optional codec is built on (libopus, libbcg729), loaded by soname at run time through
 * FFM: either {@link Available} with its symbols or {@link Missing} with the reason, never an exception, so
 * start-up can offer only the codecs this machine has (issue 4: G.729 is GPL and must be detected, not
 * assumed).
 */
public sealed interface NativeLibrary permits NativeLibrary.Available, NativeLibrary.Missing {

    /** The soname asked for, e.g. {@code libopus.so.0}. */
    String soname();

    /**
     * This library if it exports every one of {@code symbols}, otherwise {@link Missing} naming the first
     * symbol it lacks (an older or differently built library).
     */
    NativeLibrary requiring(Collection<String> symbols);

    /**
     * Opens {@code soname} with the dynamic linker; the library stays loaded as long as {@code arena} is
     * open ({@link Arena#global()} for the life of the process).
     */
    static NativeLibrary load(String soname, Arena arena) {
        try {
            return new Available(soname, SymbolLookup.libraryLookup(soname, arena));
        } catch (IllegalArgumentException e) {
            return new Missing(soname, "cannot load " + soname + ": " + e.getMessage());
        } catch (IllegalCallerException e) {
            return new Missing(soname, "native access is not enabled (run the JVM with "
                + "--enable-native-access=ALL-UNNAMED): " + e.getMessage());
        }
    }

    /** A loaded library. */
    record Available(String soname, SymbolLookup symbols) implements NativeLibrary {
        @Override
        public NativeLibrary requiring(Collection<String> names) {
            for (String name : names) {
                if (symbols.find(name).isEmpty()) {
                    return new Missing(soname, soname + " has no symbol " + name);
                }
            }
            return this;
        }

        /** The address of {@code name}; call {@link #requiring} first, this throws if it is absent. */
        public MemorySegment symbol(String name) {
            Optional<MemorySegment> found = symbols.find(name);
            return found.orElseThrow(() -> new IllegalStateException(soname + " has no symbol " + name));
        }
    }

    /** A library that could not be loaded or lacks a symbol; {@code reason} says which and why. */
    record Missing(String soname, String reason) implements NativeLibrary {
        @Override
        public NativeLibrary requiring(Collection<String> names) {
            return this;
        }
    }
}
