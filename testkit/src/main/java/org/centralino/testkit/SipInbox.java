package org.centralino.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * What a {@link TestPhone} received: a log of everything (for assertions such as "exactly one 200"), and the
 * messages not yet taken by an await. Awaits take the first pending message that matches, so a test waiting
 * for a BYE is not confused by a stray INFO that came first. Both lists are bounded.
 */
final class SipInbox {
    /** More than any test exchanges; past it the oldest entries are dropped so a runaway peer cannot fill memory. */
    static final int MAX_ENTRIES = 10_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Received> log = new ArrayList<>();
    private final List<Received> pending = new ArrayList<>();

    /** Logs {@code r}; a first arrival (not a retransmission) also becomes pending. */
    void add(Received r) {
        lock.lock();
        try {
            append(log, r);
            if (!r.retransmission()) {
                append(pending, r);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void append(List<Received> list, Received r) {
        if (list.size() >= MAX_ENTRIES) {
            list.removeFirst();
        }
        list.add(r);
    }

    /** Removes and returns the first pending message that matches, waiting at most {@code timeout}. */
    Optional<Received> take(Predicate<Received> match, Duration timeout) throws InterruptedException {
        return await(match, timeout, true);
    }

    /** The first logged message (retransmissions included) that matches, waiting at most {@code timeout}. */
    Optional<Received> find(Predicate<Received> match, Duration timeout) throws InterruptedException {
        return await(match, timeout, false);
    }

    private Optional<Received> await(Predicate<Received> match, Duration timeout, boolean take)
        throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) { // bounded by the deadline
                Optional<Received> hit = first(take ? pending : log, match, take);
                long left = deadline - System.nanoTime();
                if (hit.isPresent() || left <= 0) {
                    return hit;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
        } finally {
            lock.unlock();
        }
    }

    private static Optional<Received> first(List<Received> list, Predicate<Received> match, boolean remove) {
        for (Iterator<Received> it = list.iterator(); it.hasNext(); ) {
            Received r = it.next();
            if (match.test(r)) {
                if (remove) {
                    it.remove();
                }
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    List<Received> log() {
        lock.lock();
        try {
            return List.copyOf(log);
        } finally {
            lock.unlock();
        }
    }

    List<Received> pending() {
        lock.lock();
        try {
            return List.copyOf(pending);
        } finally {
            lock.unlock();
        }
    }
}
