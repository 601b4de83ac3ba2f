package org.centralino.media.codec;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.function.Consumer;

/**
 * The native memory of one encoder or decoder: its C state and its preallocated buffers, all in one arena.
 * {@link #close()} frees them once (the C state through its destroy function); a {@link Cleaner} does the same
 * if the owner is dropped without being closed, so a forgotten codec leaks nothing. The arena is shared
 * because the cleaner runs on its own thread; it is only ever used by the owner's thread otherwise.
 */
final class NativeResources implements AutoCloseable {
    private final Arena arena;
    private final Cleaner.Cleanable cleanable;

    /** Native memory for {@code owner}, freed by {@code cleaner} when {@code owner} becomes unreachable. */
    NativeResources(Object owner, Cleaner cleaner) {
        Arena shared = Arena.ofShared();
        this.arena = shared;
        // the action must not refer to owner, or owner would never become unreachable
        this.cleanable = cleaner.register(owner, shared::close);
    }

    /** A zeroed buffer of {@code bytes}, aligned for 16-bit samples. */
    MemorySegment allocate(long bytes) {
        return arena.allocate(bytes, Short.BYTES);
    }

    /** Takes ownership of a C object: {@code destroy} runs on it when these resources are closed. */
    MemorySegment own(MemorySegment cObject, Consumer<MemorySegment> destroy) {
        return cObject.reinterpret(arena, destroy);
    }

    boolean isOpen() {
        return arena.scope().isAlive();
    }

    /** Frees everything; later calls do nothing. */
    @Override
    public void close() {
        cleanable.clean();
    }
}
