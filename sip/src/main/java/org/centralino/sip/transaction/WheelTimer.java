package org.centralino.sip.transaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hashed timer wheel (Varghese and Lauck): scheduling and cancelling are O(1), so the hundreds of thousands
 * of timers that a registration burst starts (timer J lasts 32 s) cost a queue insert each. One platform
 * thread ticks every {@link #TICK_MILLIS}; tasks run on it and must only hand off (to a lane).
 */
public final class WheelTimer implements TimerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WheelTimer.class);
    /** Resolution of every SIP timer; T1 is 500 ms, so 10 ms is plenty. */
    public static final int TICK_MILLIS = 10;
    private static final int WHEEL_SIZE = 1024;

    private final List<List<Entry>> wheel = new ArrayList<>(WHEEL_SIZE);
    private final ConcurrentLinkedQueue<Entry> incoming = new ConcurrentLinkedQueue<>();
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;
    private long currentTick;

    public WheelTimer() {
        for (int i = 0; i < WHEEL_SIZE; i++) {
            wheel.add(new ArrayList<>());
        }
        thread = Thread.ofPlatform().name("sip-timer").daemon().start(this::run);
    }

    private static final class Entry implements Timeout {
        final long deadlineTick;
        final Runnable task;
        volatile boolean cancelled;

        Entry(long deadlineTick, Runnable task) {
            this.deadlineTick = deadlineTick;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Timeout schedule(Duration delay, Runnable task) {
        // the first tick at or after now + delay: a timer never fires early (rounding now down would let it
        // fire up to a tick before its delay)
        long tickNanos = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
        long elapsed = System.nanoTime() - startNanos;
        long due = Math.max(elapsed / tickNanos + 1, (elapsed + delay.toNanos() + tickNanos - 1) / tickNanos);
        Entry e = new Entry(due, task);
        incoming.add(e);
        return e;
    }

    private void run() {
        long tickNanos = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
        while (running) {
            long target = (System.nanoTime() - startNanos) / tickNanos;
            drainIncoming();
            while (currentTick <= target) {
                expire(currentTick);
                currentTick++;
            }
            LockSupport.parkNanos(startNanos + currentTick * tickNanos - System.nanoTime());
        }
    }

    private void drainIncoming() {
        Entry e;
        while ((e = incoming.poll()) != null) {
            if (!e.cancelled) {
                long tick = Math.max(e.deadlineTick, currentTick);
                wheel.get((int) (tick % WHEEL_SIZE)).add(e);
            }
        }
    }

    private void expire(long tick) {
        List<Entry> bucket = wheel.get((int) (tick % WHEEL_SIZE));
        if (bucket.isEmpty()) {
            return;
        }
        int kept = 0;
        for (int i = 0, n = bucket.size(); i < n; i++) {
            Entry e = bucket.get(i);
            if (e.cancelled) {
                continue;
            }
            if (e.deadlineTick <= tick) {
                try {
                    e.task.run();
                } catch (RuntimeException | StackOverflowError ex) {
                    LOG.error("timer task failed; the timer goes on", ex);
                }
            } else {
                bucket.set(kept++, e);
            }
        }
        bucket.subList(kept, bucket.size()).clear();
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
    }
}
