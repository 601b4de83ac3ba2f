package org.centralino.media.clock;

import java.util.function.LongSupplier;

/** A nanosecond time source that moves only when the test (or the clock's sleeper) says so. */
final class FakeTime implements LongSupplier, MediaClock.Sleeper {
    private volatile long now = 1_000_000_000L;
    /** Added to every sleep, as a loaded machine wakes up late. */
    private volatile long oversleep;

    @Override
    public long getAsLong() {
        return now;
    }

    @Override
    public synchronized void sleepNanos(long nanos) {
        now += nanos + oversleep;
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }

    void oversleepBy(long nanos) {
        oversleep = nanos;
    }
}
