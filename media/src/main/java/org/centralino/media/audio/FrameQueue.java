package org.centralino.media.audio;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded single-producer single-consumer queue of internal-format frames ({@link Pcm#FRAME} samples), for
 * audio that leaves the media thread: the media thread offers (an {@link AudioSink}), one other thread polls
 * (a recorder writing a file). Frames are copied into preallocated slots, so neither side allocates; when the
 * consumer falls behind, new frames are dropped and counted rather than blocking the media clock. As an
 * {@link AudioSource} it plays what was queued, silence while empty, and never ends: the link between two
 * media clocks (a call's and a conference's).
 */
public final class FrameQueue implements AudioSink, AudioSource {
    private final short[][] slots;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    /** @param capacity frames held at most (50 per second of audio) */
    public FrameQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " < 1");
        }
        slots = new short[capacity][Pcm.FRAME];
    }

    /** Producer: copies the frame in, or drops it if the queue is full. */
    @Override
    public void write(short[] frame) {
        long t = tail.get();
        if (t - head.get() >= slots.length) {
            dropped.incrementAndGet();
            return;
        }
        System.arraycopy(frame, 0, slots[(int) (t % slots.length)], 0, Pcm.FRAME);
        tail.lazySet(t + 1);
    }

    /** Consumer: copies the oldest frame into {@code into}; false when the queue is empty. */
    public boolean poll(short[] into) {
        long h = head.get();
        if (h == tail.get()) {
            return false;
        }
        System.arraycopy(slots[(int) (h % slots.length)], 0, into, 0, Pcm.FRAME);
        head.lazySet(h + 1);
        return true;
    }

    /** Consumer: the oldest frame, or silence if none is queued; never ends. */
    @Override
    public boolean read(short[] frame) {
        if (!poll(frame)) {
            Arrays.fill(frame, (short) 0);
        }
        return true;
    }

    /** Frames dropped because the consumer was behind. */
    public long dropped() {
        return dropped.get();
    }
}
