package org.centralino.sip.transaction;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A timer service on a manual clock, for tests and simulations: nothing fires until {@link #advance} moves
 * time forward, and then tasks run in deadline order on the caller's thread.
 */
public final class ManualTimerService implements TimerService {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long nowMillis;
    private long sequence;

    private final class Entry implements Timeout, Comparable<Entry> {
        final long at;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Entry(long at, long seq, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Entry o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    @Override
    public synchronized Timeout schedule(Duration delay, Runnable task) {
        Entry e = new Entry(nowMillis + delay.toMillis(), sequence++, task);
        queue.add(e);
        return e;
    }

    /** Moves time forward, running every task due on the way, in order. */
    public void advance(Duration d) {
        long target;
        synchronized (this) {
            target = nowMillis + d.toMillis();
        }
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at > target) {
                    nowMillis = target;
                    return;
                }
                queue.poll();
                nowMillis = next.at;
            }
            if (!next.cancelled) {
                next.task.run();
            }
        }
    }

    /** Milliseconds since this service was created, on its manual clock. */
    public synchronized long nowMillis() {
        return nowMillis;
    }

    /** Pending, not cancelled tasks. */
    public synchronized long pending() {
        return queue.stream().filter(e -> !e.cancelled).count();
    }
}
