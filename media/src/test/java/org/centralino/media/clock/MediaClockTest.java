package org.centralino.media.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The media clock on a fake time source: tick counts, catch-up, skip-ahead, task isolation, lifecycle. */
class MediaClockTest {
    private static final long PERIOD = MediaClock.PERIOD_NANOS;
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final FakeTime time = new FakeTime();
    private final MediaClock clock = new MediaClock("test", time, time);
    private final List<Long> ticks = new ArrayList<>();

    /** Polls and sleeps as the clock's thread does until {@code nanos} of fake time have passed. */
    private void runFor(long nanos, Random jitter) {
        long end = time.getAsLong() + nanos;
        while (true) {
            long wait = clock.poll();
            if (time.getAsLong() >= end) {
                return;
            }
            time.oversleepBy(jitter == null ? 0 : (long) (jitter.nextDouble() * PERIOD * 0.9));
            time.sleepNanos(wait);
        }
    }

    @Test
    void anHourHasExactly180000TicksNumberedInOrder() {
        clock.add(ticks::add);
        runFor(HOUR, null);
        assertThat(ticks).hasSize(180_000);
        assertThat(ticks.getFirst()).isZero();
        assertThat(ticks.getLast()).isEqualTo(179_999);
        assertThat(clock.stats()).isEqualTo(new ClockStats(180_000, 0, 0, 0));
    }

    @Test
    void wakingUpLateEveryTimeDoesNotMakeTheClockDrift() {
        clock.add(ticks::add);
        runFor(HOUR, new Random(7)); // every sleep ends up to 18 ms late
        assertThat(ticks).hasSize(180_000);
        assertThat(clock.stats().skippedTicks()).isZero();
    }

    @Test
    void aClockBehindRunsTheMissedTicksBackToBack() {
        clock.add(ticks::add);
        time.advance(PERIOD);
        assertThat(clock.poll()).isEqualTo(PERIOD);
        time.advance(3 * PERIOD + PERIOD / 2); // a 70 ms pause: ticks 1, 2 and 3 are due
        long wait = clock.poll();
        assertThat(ticks).containsExactly(0L, 1L, 2L, 3L);
        assertThat(wait).as("the next deadline stays on the 20 ms grid").isEqualTo(PERIOD / 2);
        assertThat(clock.stats().lateTicks()).isEqualTo(2);
        assertThat(clock.stats().skippedTicks()).isZero();
    }

    @Test
    void aClockFarBehindRunsAtMostTheCatchUpBoundAndSkipsTheRest() {
        clock.add(ticks::add);
        time.advance(PERIOD);
        clock.poll();
        time.advance(12 * PERIOD + PERIOD / 4); // a 245 ms stall: 12 ticks due
        long wait = clock.poll();
        assertThat(ticks).containsExactly(0L, 8L, 9L, 10L, 11L, 12L);
        assertThat(ticks).hasSize(1 + MediaClock.MAX_CATCH_UP);
        assertThat(wait).isEqualTo(3 * PERIOD / 4);
        assertThat(clock.stats()).isEqualTo(new ClockStats(6, MediaClock.MAX_CATCH_UP - 1, 7, 0));
        time.advance(wait);
        clock.poll();
        assertThat(ticks.getLast()).isEqualTo(13L);
    }

    @Test
    void aFailingTaskIsCountedAndTheOthersStillRun() {
        List<Long> before = new ArrayList<>();
        clock.add(before::add);
        clock.add(n -> {
            throw new IllegalStateException("broken task at " + n);
        });
        clock.add(ticks::add);
        for (int i = 0; i < 100; i++) {
            clock.advance();
        }
        assertThat(before).hasSize(100);
        assertThat(ticks).hasSize(100);
        assertThat(clock.stats().taskFailures()).isEqualTo(100);
    }

    @Test
    void tasksAddedAndRemovedFromOtherThreadsTakeEffectBetweenTicks() throws Exception {
        MediaClock.Tick task = ticks::add;
        CompletableFuture.runAsync(() -> clock.add(task)).get();
        assertThat(clock.taskCount()).as("not applied until the next tick").isZero();
        clock.advance();
        clock.advance();
        CompletableFuture.runAsync(() -> clock.remove(task)).get();
        clock.advance();
        assertThat(ticks).containsExactly(0L, 1L);
        assertThat(clock.taskCount()).isZero();
    }

    @Test
    void aTickAllocatesNothing() {
        long[] sum = new long[1];
        clock.add(n -> sum[0] += n);
        clock.add(n -> sum[0] -= n / 2);
        runFor(TimeUnit.MINUTES.toNanos(10), null); // warm-up: 30 000 ticks
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        runFor(TimeUnit.MINUTES.toNanos(10), null);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(clock.stats().ticks()).isEqualTo(60_000);
        assertThat(allocated).as("bytes allocated by 30 000 ticks").isLessThan(16 * 1024);
    }

    @Test
    void aStartedClockTicksOnItsOwnThreadUntilStopped() {
        MediaClock real = MediaClock.system("media-clock-test");
        AtomicLong count = new AtomicLong();
        List<String> threads = new ArrayList<>();
        real.add(n -> {
            if (count.getAndIncrement() == 0) {
                threads.add(Thread.currentThread().getName());
            }
        });
        real.start();
        await().atMost(5, TimeUnit.SECONDS).until(() -> count.get() >= 3);
        real.stop();
        long atStop = count.get();
        LockSupport.parkNanos(3 * PERIOD);
        assertThat(count.get()).as("ticks after stop returned").isEqualTo(atStop);
        assertThat(threads).containsExactly("media-clock-test");
        assertThat(real.isRunning()).isFalse();
    }
}
