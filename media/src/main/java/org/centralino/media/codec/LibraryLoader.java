package org.centralino.media.codec;

import java.lang.foreign.Arena;

/**
 * How {@link CodecRegistry#detect(LibraryLoader)} opens the native libraries of optional codecs: the real
 * dynamic linker in production, a stand-in in tests that need a library to be absent (or present).
 */
@FunctionalInterface
public interface LibraryLoader {
    /** Loads {@code soname}, reporting a failure as {@link NativeLibrary.Missing} rather than throwing. */
    NativeLibrary load(String soname);

    /** The system's dynamic linker; libraries stay loaded for the life of the process (they are few). */
    static LibraryLoader system() {
        return soname -> NativeLibrary.load(soname, Arena.global());
    }
}
