package org.centralino.sip.transaction;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A fixed set of single-thread executors; a key always maps to the same one. */
public final class SerialLanes implements Lanes, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SerialLanes.class);
    private final ExecutorService[] lanes;
    private final AtomicInteger[] waiting;
    private final ThreadLocal<Integer> current = new ThreadLocal<>();

    public SerialLanes(int count) {
        lanes = new ExecutorService[count];
        waiting = new AtomicInteger[count];
        for (int i = 0; i < count; i++) {
            waiting[i] = new AtomicInteger();
            int index = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name("sip-lane-" + index).daemon()
                .unstarted(() -> {
                    current.set(index);
                    r.run();
                }));
        }
    }

    private int index(String key) {
        return key == null ? 0 : Math.floorMod(key.hashCode(), lanes.length);
    }

    @Override
    public void execute(String key, Runnable task) {
        int lane = index(key);
        AtomicInteger queued = waiting[lane];
        queued.incrementAndGet();
        lanes[lane].execute(() -> {
            queued.decrementAndGet();
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("lane task for {} failed; the lane goes on", key, e);
            }
        });
    }

    @Override
    public int backlog(String key) {
        return waiting[index(key)].get();
    }

    @Override
    public boolean sameLane(String a, String b) {
        return index(a) == index(b);
    }

    @Override
    public boolean inLane(String key) {
        Integer c = current.get();
        return c != null && c == index(key);
    }

    @Override
    public void close() {
        for (ExecutorService e : lanes) {
            e.shutdown();
        }
        for (ExecutorService e : lanes) {
            try {
                e.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
