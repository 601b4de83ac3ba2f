package org.centralino.media.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.centralino.media.audio.Pcm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 20 ms media clock (DESIGN.md §2, "Mixing, playback and recording run on a 20 ms media clock"): one
 * platform thread that calls every registered {@link Tick} once every {@link Pcm#FRAME_MS} ms.
 *
 * <p>Ticks are scheduled against absolute deadlines ({@code deadline += 20 ms}), never {@code sleep(20)}, so
 * the time the tasks take and the sleep's own lateness do not accumulate: over an hour the clock runs exactly
 * 180 000 ticks. When it falls behind (a GC pause, an overloaded machine) it runs the missed ticks back to back
 * so mixers and recorders catch up with the RTP streams, but at most {@value #MAX_CATCH_UP} of them: beyond that
 * the audio would arrive as a burst that jitter buffers discard anyway, so the clock skips ahead to the current
 * deadline and counts the skipped ticks ({@link ClockStats#skippedTicks()}).
 *
 * <p>Tasks are added and removed from any thread; the change takes effect between two ticks (a task being
 * removed may be called once more if a tick is under way). Tasks run in the order they were added, so a
 * recorder added after a mixer sees that tick's mix. A task that throws is logged (at most once per
 * {@value #FAILURE_LOG_INTERVAL_TICKS} ticks, so a task failing every tick does not flood the log) and counted;
 * it stays registered and the other tasks of the tick still run: its owner decides what to do.
 *
 * <p>Time comes from an injected {@link LongSupplier} of nanoseconds and an injected {@link Sleeper}, so tests
 * drive the clock through {@link #poll()} on a fake time source, or tick it by hand with {@link #advance()},
 * without a thread and without real time. A tick allocates nothing.
 */
public final class MediaClock {
    /** A task called on every tick, on the clock's thread; it must not block. */
    @FunctionalInterface
    public interface Tick {
        /**
         * @param tickNumber the tick's deadline counted from the clock's start (tick n is due at
         *                   start + n × 20 ms); numbers of skipped ticks are never passed
         */
        void tick(long tickNumber);
    }

    /** Waits about {@code nanos} nanoseconds; may return early (the clock re-reads the time and waits again). */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos);
    }

    /** Most ticks run back to back to catch up before the clock skips ahead: 5 ticks, 100 ms of audio. */
    public static final int MAX_CATCH_UP = 5;
    /** A failing task is logged at most once per this many ticks (one second). */
    public static final int FAILURE_LOG_INTERVAL_TICKS = 1000 / Pcm.FRAME_MS;
    /** The tick period in nanoseconds. */
    public static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(Pcm.FRAME_MS);
    /** How long {@link #stop()} waits for the thread to finish its tick. */
    static final long STOP_WAIT_MILLIS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(MediaClock.class);

    private sealed interface Change {
    }

    private record Add(Tick task) implements Change {
    }

    private record Remove(Tick task) implements Change {
    }

    private final String name;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Queue<Change> changes = new ConcurrentLinkedQueue<>();
    /** Clock thread only (or the caller of poll/advance). */
    private final List<Tick> tasks = new ArrayList<>();
    private long deadline;
    private long nextTick;
    private long lastFailureLogTick = -FAILURE_LOG_INTERVAL_TICKS;
    private volatile long ticks;
    private volatile long lateTicks;
    private volatile long skippedTicks;
    private volatile long taskFailures;
    private volatile int taskCount;
    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param name     the thread's name, used in logs
     * @param nanoTime a monotonic time source in nanoseconds ({@link System#nanoTime()} in production)
     * @param sleeper  how the thread waits for the next deadline
     */
    public MediaClock(String name, LongSupplier nanoTime, Sleeper sleeper) {
        this.name = name;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.deadline = nanoTime.getAsLong() + PERIOD_NANOS;
    }

    /** A clock on {@link System#nanoTime()} that waits with {@link LockSupport#parkNanos(long)}. */
    public static MediaClock system(String name) {
        return new MediaClock(name, System::nanoTime, LockSupport::parkNanos);
    }

    /** Registers {@code task}; it is first called on the next tick. */
    public void add(Tick task) {
        changes.add(new Add(task));
    }

    /** Unregisters {@code task}; it is called at most once more (if a tick is under way). */
    public void remove(Tick task) {
        changes.add(new Remove(task));
    }

    /** Starts the clock's thread; the first tick is due one period from now. */
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("media clock " + name + " is already running");
        }
        deadline = nanoTime.getAsLong() + PERIOD_NANOS;
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().priority(Thread.MAX_PRIORITY).start(this::run);
    }

    /** Stops the thread after its current tick and waits for it; the tasks stay registered. Idempotent. */
    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t == null) {
            return;
        }
        LockSupport.unpark(t);
        try {
            t.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("media clock {} did not stop within {} ms: a task is blocking its thread", name, STOP_WAIT_MILLIS);
        }
        thread = null;
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            long wait = poll();
            if (wait > 0 && running) {
                sleeper.sleepNanos(wait);
            }
        }
    }

    /**
     * Runs the ticks due at the time source's present (none, one, or up to {@value #MAX_CATCH_UP} back to back
     * after skipping ahead if further behind) and returns the nanoseconds until the next deadline. The clock's
     * thread calls this in a loop; tests call it after moving a fake time source. The first deadline is one
     * period after construction (or after {@link #start()}).
     */
    public long poll() {
        long now = nanoTime.getAsLong();
        long behind = now - deadline;
        if (behind >= 0) {
            long due = behind / PERIOD_NANOS + 1;
            if (due > MAX_CATCH_UP) {
                long skip = due - MAX_CATCH_UP;
                deadline += skip * PERIOD_NANOS;
                nextTick += skip;
                skippedTicks += skip;
                due = MAX_CATCH_UP;
            }
            lateTicks += due - 1;
            for (long i = 0; i < due; i++) {
                runTick();
                deadline += PERIOD_NANOS;
            }
        }
        return deadline - now;
    }

    /** Runs one tick now, whatever the time: the manual mode for tests that drive mixers and recorders. */
    public void advance() {
        runTick();
        deadline += PERIOD_NANOS;
    }

    private void runTick() {
        applyChanges();
        long n = nextTick++;
        for (int i = 0; i < tasks.size(); i++) {
            Tick task = tasks.get(i);
            try {
                task.tick(n);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                onFailure(task, n, e);
            }
        }
        ticks++;
    }

    private void onFailure(Tick task, long n, Throwable e) {
        taskFailures++;
        if (n - lastFailureLogTick >= FAILURE_LOG_INTERVAL_TICKS) {
            lastFailureLogTick = n;
            LOG.error("media clock {}: task {} failed at tick {} ({} failures so far); the other tasks ran",
                name, task, n, taskFailures, e);
        }
    }

    private void applyChanges() {
        Change change;
        while ((change = changes.poll()) != null) {
            switch (change) {
                case Add(Tick task) -> tasks.add(task);
                case Remove(Tick task) -> tasks.remove(task);
            }
            taskCount = tasks.size();
        }
    }

    /** Tasks registered as of the last tick (changes since then not counted). */
    public int taskCount() {
        return taskCount;
    }

    public ClockStats stats() {
        return new ClockStats(ticks, lateTicks, skippedTicks, taskFailures);
    }

    @Override
    public String toString() {
        return "MediaClock[" + name + "]";
    }
}
