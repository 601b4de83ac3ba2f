package org.centralino.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.centralino.sip.auth.NonceCountTracker.Use;
import org.junit.jupiter.api.Test;

class NonceCountTrackerTest {
    private static final long LIFETIME = 300_000;
    private static final long T0 = 1_750_000_000_000L;

    @Test
    void counts_must_strictly_increase_per_nonce() {
        NonceCountTracker t = new NonceCountTracker(LIFETIME, 100);

        assertThat(t.record("a", T0, 1, T0)).isEqualTo(Use.ACCEPTED);
        assertThat(t.record("b", T0, 1, T0)).isEqualTo(Use.ACCEPTED);
        assertThat(t.record("a", T0, 1, T0)).isEqualTo(Use.REPLAYED);
        assertThat(t.record("a", T0, 5, T0)).isEqualTo(Use.ACCEPTED);
        assertThat(t.record("a", T0, 4, T0)).isEqualTo(Use.REPLAYED);
    }

    @Test
    void a_nonce_used_without_qop_is_consumed() {
        NonceCountTracker t = new NonceCountTracker(LIFETIME, 100);

        assertThat(t.record("a", T0, NonceCountTracker.NO_QOP, T0)).isEqualTo(Use.ACCEPTED);
        assertThat(t.record("a", T0, NonceCountTracker.NO_QOP, T0)).isEqualTo(Use.CONSUMED);
        assertThat(t.record("a", T0, 2, T0)).isEqualTo(Use.CONSUMED);
        assertThat(t.record("b", T0, 1, T0)).isEqualTo(Use.ACCEPTED);
        assertThat(t.record("b", T0, NonceCountTracker.NO_QOP, T0)).isEqualTo(Use.CONSUMED);
    }

    @Test
    void slices_older_than_the_lifetime_are_dropped_when_a_new_slice_starts() {
        NonceCountTracker t = new NonceCountTracker(LIFETIME, 1_000);
        for (int i = 0; i < 50; i++) {
            t.record("old" + i, T0, 1, T0);
        }
        assertThat(t.size()).isEqualTo(50);

        long later = T0 + LIFETIME + LIFETIME / NonceCountTracker.SLICES_PER_LIFETIME;
        t.record("new", later, 1, later);

        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void memory_stays_under_the_cap_during_a_flood_of_fresh_nonces() {
        int cap = 500;
        NonceCountTracker t = new NonceCountTracker(LIFETIME, cap);
        long slice = LIFETIME / NonceCountTracker.SLICES_PER_LIFETIME;
        int accepted = 0;

        for (int i = 0; i < 20_000; i++) {
            long now = T0 + i * (slice / 100); // 100 fresh nonces per slice, 10,000 per lifetime
            accepted += t.record("n" + i, now, 1, now) == Use.ACCEPTED ? 1 : 0;
            assertThat(t.size()).isLessThanOrEqualTo(cap);
        }

        assertThat(accepted).isEqualTo(20_000);
        assertThat(t.record("n0", T0, 2, T0 + 200 * slice)).isEqualTo(Use.FORGOTTEN);
    }

    @Test
    void concurrent_uses_of_one_nonce_accept_each_count_once() throws InterruptedException {
        NonceCountTracker t = new NonceCountTracker(LIFETIME, 1_000);
        AtomicIntegerArray acceptedPerCount = new AtomicIntegerArray(2_001);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                await(start);
                for (long nc = 1; nc <= 2_000; nc++) {
                    if (t.record("shared", T0, nc, T0) == Use.ACCEPTED) {
                        acceptedPerCount.incrementAndGet((int) nc);
                    }
                }
            }));
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }

        for (int nc = 1; nc <= 2_000; nc++) {
            assertThat(acceptedPerCount.get(nc)).as("acceptances of nc %d", nc).isLessThanOrEqualTo(1);
        }
        assertThat(acceptedPerCount.get(2_000)).isEqualTo(1);
        assertThat(t.record("shared", T0, 2_000, T0)).isEqualTo(Use.REPLAYED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
