package org.centralino.media.codec;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * What every hand-written FFM binding of this package does the same way: bind a C function of a loaded
 * library, refuse a NULL where the C API returns one for failure, and turn what a downcall throws into a
 * {@link CodecException} that names the function. Each binding keeps its own typed {@code invokeExact} calls,
 * which must see the exact signature to stay fast.
 */
final class NativeCalls {
    private static final Linker LINKER = Linker.nativeLinker();

    private NativeCalls() {
    }

    /** A downcall handle for {@code name}; {@code lib} must have passed {@code requiring} with that name. */
    static MethodHandle bind(NativeLibrary.Available lib, String name, FunctionDescriptor descriptor,
            Linker.Option... options) {
        return LINKER.downcallHandle(lib.symbol(name), descriptor, options);
    }

    /** {@code result}, unless it is NULL: C constructors return NULL when they cannot allocate. */
    static MemorySegment nonNull(String function, MemorySegment result) {
        if (result.equals(MemorySegment.NULL)) {
            throw new CodecException(function + " returned NULL (out of memory)");
        }
        return result;
    }

    /**
     * What to throw for {@code t}, thrown by a downcall to {@code function}: errors and runtime exceptions (our
     * own CodecException, a closed arena's IllegalStateException) pass as they are, anything else is wrapped.
     */
    static RuntimeException unexpected(String function, Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new CodecException("calling " + function + " through FFM failed", t);
    }
}
