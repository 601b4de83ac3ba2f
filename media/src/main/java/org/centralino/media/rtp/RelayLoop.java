package org.centralino.media.rtp;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.centralino.media.audio.Pcm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One media thread: a platform thread running a {@link Selector} over the sockets of the sessions assigned
 * to it. Everything that touches those sessions' relay state runs here (packets, latching, timeouts) or is
 * handed here as a task (registration, new signalled addresses, close), so the relay path needs no locks.
 * The ready keys are handed to a consumer created once, so a wake-up allocates neither an iterator nor a
 * lambda; RTP timeouts and one-way audio are checked, and call-quality snapshots published, every
 * {@code checkIntervalMillis} of the injected clock.
 */
final class RelayLoop {
    private static final Logger LOG = LoggerFactory.getLogger(RelayLoop.class);
    /** How long a caller waits for the loop to run a task it must see done (close, stop). */
    static final long TASK_WAIT_MILLIS = 5_000;
    /** Ticks a late loop catches up on before it skips ahead (100 ms). */
    static final int MAX_LATE_TICKS = 5;

    private final String name;
    private final Selector selector;
    private final InstantSource clock;
    private final Executor notifier;
    private final long rtpTimeoutMillis;
    private final long oneWayAudioMillis;
    private final long checkIntervalMillis;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final List<RelaySession> sessions = new ArrayList<>();
    /** Loop-owned: the sessions with a terminated leg, ticked every {@link Pcm#FRAME_MS} ms. */
    private final List<RelaySession> ticking = new ArrayList<>();
    private long nextTickMillis;
    private final AtomicInteger sessionCount = new AtomicInteger();
    private final PacketForwarder forwarder;
    private final Consumer<SelectionKey> onReady = this::onReady;
    /** What the sessions closed on this loop carried; written on the loop thread, read by anyone. */
    private volatile RelayTotals closedTotals = RelayTotals.ZERO;
    private volatile boolean running;
    /** Loop thread only: inside {@code select}, where the selector cannot select again. */
    private boolean selecting;
    /** Loop thread only: a closed session's keys wait for the selection after the current one. */
    private boolean flushPending;
    private volatile Thread thread;
    /** Loop-owned: for tasks and checks the clock is read at most once per wake-up (packets read it each). */
    private boolean clockRead;
    private long nowMillis;
    private long nextCheckMillis;

    RelayLoop(String name, InstantSource clock, Executor notifier, long rtpTimeoutMillis, long oneWayAudioMillis,
              long checkIntervalMillis) throws IOException {
        this.name = name;
        this.clock = clock;
        this.notifier = notifier;
        this.rtpTimeoutMillis = rtpTimeoutMillis;
        this.oneWayAudioMillis = oneWayAudioMillis;
        this.forwarder = new PacketForwarder(clock);
        this.checkIntervalMillis = checkIntervalMillis;
        this.selector = Selector.open();
    }

    void start() {
        running = true;
        nextCheckMillis = clock.millis() + checkIntervalMillis;
        thread = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /** Closes every session of this loop, ends the thread and closes the selector. */
    void stop() {
        runAndWait(this::closeAll);
        running = false;
        selector.wakeup();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(TASK_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.warn("closing the selector of media loop {} failed: {}", name, e.toString());
        }
    }

    Executor notifier() {
        return notifier;
    }

    /** Loop thread: a session starts or stops needing the media clock (it has a terminated leg or not). */
    void ticking(RelaySession session, boolean on) {
        boolean present = ticking.contains(session);
        if (on && !present) {
            if (ticking.isEmpty()) {
                nextTickMillis = now() + Pcm.FRAME_MS;
            }
            ticking.add(session);
        } else if (!on && present) {
            ticking.remove(session);
        }
    }

    /** Sessions assigned to this loop and not yet closed; read by the engine to pick the least loaded loop. */
    int sessionCount() {
        return sessionCount.get();
    }

    /** The totals of the closed sessions plus those of the open ones, read on the loop thread. */
    RelayTotals totals() {
        RelayTotals[] open = {RelayTotals.ZERO};
        if (running) {
            runAndWait(() -> sessions.forEach(s -> open[0] = open[0].plus(RelayTotals.of(s))));
        }
        return closedTotals.plus(open[0]);
    }

    long threadId() {
        return thread.threadId();
    }

    /**
     * Adopts a session: its sockets are registered on the loop thread soon after this returns. Nothing is lost
     * meanwhile: the sockets are bound, so packets that arrive first wait in their buffers.
     */
    void add(RelaySession session) {
        sessionCount.incrementAndGet();
        execute(() -> {
            try {
                session.register(selector);
                sessions.add(session);
            } catch (IOException | ClosedSelectorException e) {
                session.markClosed();
                session.release();
                sessionCount.decrementAndGet();
                LOG.error("media loop {} cannot watch the sockets of {}: the session is closed", name, session, e);
            }
        });
    }

    /** Removes a session and releases its ports, on the loop thread, soon; the ports return to the pool then. */
    void closeSession(RelaySession session) {
        execute(() -> {
            ticking.remove(session);
            if (sessions.remove(session)) {
                sessionCount.decrementAndGet();
                closedTotals = closedTotals.plus(RelayTotals.of(session));
            }
            session.release();
            flushDeregistrations();
        });
    }

    /** Runs {@code task} on the loop thread, soon; at once if called on it. */
    void execute(Runnable task) {
        if (Thread.currentThread() == thread) {
            task.run();
            return;
        }
        tasks.offer(task);
        selector.wakeup();
        if (!running) {
            runTasks();
        }
    }

    /** Runs {@code task} on the loop thread and returns when it is done (at once if called on it). */
    void runAndWait(Runnable task) {
        if (Thread.currentThread() == thread) {
            task.run();
            return;
        }
        FutureTask<Void> future = new FutureTask<>(task, null);
        execute(future);
        Thread t = thread;
        if (!running || t == null || !t.isAlive()) {
            future.run();
        }
        try {
            future.get(TASK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("media loop " + name + " failed a task", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("media loop " + name + " did not answer within "
                + TASK_WAIT_MILLIS + " ms; is its thread stuck?", e);
        }
    }

    private void run() {
        try {
            while (running) {
                clockRead = false;
                runTasks();
                clockRead = false;
                selecting = true;
                try {
                    selector.select(onReady, selectTimeout());
                } finally {
                    selecting = false;
                }
                if (flushPending) {
                    flushDeregistrations();
                }
                tickIfDue();
                checkTimeoutsIfDue();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (running) {
                LOG.error("media loop {} stopped: its selector failed; its calls lose media", name, e);
            }
        } finally {
            runTasks();
        }
    }

    /** The relay path: one ready socket. Exceptions are contained so one bad socket cannot end the loop. */
    private void onReady(SelectionKey key) {
        // control tasks queued before this packet was read apply to it (a new remote address, a hold, a close);
        // once a task closed a session in this selection, the rest wait until its sockets are deregistered, so a
        // task that follows a close (a caller's barrier) sees the ports free
        if (!tasks.isEmpty() && !flushPending) {
            runTasks();
        }
        try {
            if (key.isValid() && key.isReadable()) {
                forwarder.drain((RelaySocket) key.attachment());
            }
        } catch (CancelledKeyException e) {
            // The session was closed during this wake-up: nothing to relay.
        } catch (RuntimeException e) {
            LOG.error("media loop {}: relaying on {} failed; the datagram is lost", name, key.attachment(), e);
        }
    }

    /** Loop thread: the clock for tasks and checks, read at most once per wake-up. */
    long now() {
        if (!clockRead) {
            nowMillis = clock.millis();
            clockRead = true;
        }
        return nowMillis;
    }

    /** How long select may wait: until the next tick when a session is ticked, else the timeout check. */
    private long selectTimeout() {
        if (ticking.isEmpty()) {
            return checkIntervalMillis;
        }
        return Math.max(1, Math.min(checkIntervalMillis, nextTickMillis - clock.millis()));
    }

    /**
     * The media clock: ticks on absolute deadlines, 20 ms apart, so it does not drift with the time a tick takes.
     * A loop that fell more than {@value #MAX_LATE_TICKS} ticks behind (a stalled machine) skips ahead instead of
     * sending a burst of packets.
     */
    private void tickIfDue() {
        if (ticking.isEmpty()) {
            return;
        }
        long now = clock.millis();
        if (now - nextTickMillis > MAX_LATE_TICKS * Pcm.FRAME_MS) {
            nextTickMillis = now;
        }
        while (now >= nextTickMillis) {
            for (int i = 0; i < ticking.size(); i++) {
                RelaySession session = ticking.get(i);
                try {
                    session.tick(nextTickMillis);
                } catch (RuntimeException e) {
                    LOG.error("media loop {}: a tick of {} failed", name, session, e);
                }
            }
            nextTickMillis += Pcm.FRAME_MS;
        }
    }

    private void checkTimeoutsIfDue() {
        long now = now();
        if (now < nextCheckMillis) {
            return;
        }
        nextCheckMillis = now + checkIntervalMillis;
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).checkTimeouts(now, rtpTimeoutMillis, oneWayAudioMillis, notifier);
        }
    }

    /** Loop thread: publishes every session's quality snapshots (tests call it through the engine). */
    void publishQuality() {
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).publishQuality();
        }
    }

    /**
     * Runs the queued tasks. Inside a selection, it stops after a task that closed a session (a flush is pending):
     * the tasks after it, a caller's barrier among them, run once the closed sockets are deregistered and their
     * ports really free. Checking only before a batch left a window where a close and a barrier in the same batch
     * let the barrier return while the ports were still bound (seen as a rare "Address already in use").
     */
    private void runTasks() {
        Runnable task;
        while (!(selecting && flushPending) && (task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("media loop {}: a task failed", name, e);
            }
        }
    }

    private void closeAll() {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            RelaySession session = sessions.remove(i);
            ticking.remove(session);
            sessionCount.decrementAndGet();
            closedTotals = closedTotals.plus(RelayTotals.of(session));
            session.markClosed();
            session.release();
        }
        flushDeregistrations();
    }

    /**
     * A closed channel keeps its port until the selector has deregistered its cancelled key, which happens
     * in the next selection: select now (relaying whatever is ready) so the ports are free when close returns.
     */
    private void flushDeregistrations() {
        if (!selector.isOpen()) {
            return;
        }
        if (selecting) {
            flushPending = true; // a close run between two ready sockets: flushed as soon as this select returns
            return;
        }
        do { // a task run during selectNow may close another session: flush until none is pending
            flushPending = false;
            try {
                clockRead = false;
                selecting = true;
                selector.selectNow(onReady);
            } catch (IOException e) {
                LOG.warn("media loop {}: selectNow failed: {}", name, e.toString());
            } finally {
                selecting = false;
            }
        } while (flushPending);
    }
}
