package org.centralino.sip.util;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a log line through at most once per interval and counts the ones held back, so that a flood of bad
 * requests cannot also flood the log. Thread-safe and lock-free.
 */
public final class LogThrottle {
    private final long intervalNanos;
    private final AtomicLong last;
    private final AtomicLong held = new AtomicLong();

    public LogThrottle(long interval, TimeUnit unit) {
        this.intervalNanos = unit.toNanos(interval);
        this.last = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /**
     * Returns -1 when this occurrence should not be logged; otherwise how many were held back since the last
     * one that was (0 when none).
     */
    public long admit() {
        long now = System.nanoTime();
        long prev = last.get();
        if (now - prev >= intervalNanos && last.compareAndSet(prev, now)) {
            return held.getAndSet(0);
        }
        held.incrementAndGet();
        return -1;
    }
}
