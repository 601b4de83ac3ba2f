package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a listener was told on the media loop threads, for the test thread to await: the next report (within
 * {@link #WAIT_SECONDS}), or none within {@link #QUIET_MILLIS} (the loops look every 20 ms, so that is many looks).
 */
final class Heard<T> {
    static final int WAIT_SECONDS = 2;
    static final int QUIET_MILLIS = 300;

    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final String what;

    /** @param what the kind of report, named when one does not come */
    Heard(String what) {
        this.what = what;
    }

    /** Called by the listener, on a loop thread. */
    void add(T report) {
        queue.add(report);
    }

    /** The next report; fails the test, saying what was awaited, if none comes in time. */
    T next() throws InterruptedException {
        T report = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(report).as(what).isNotNull();
        return report;
    }

    /** A report made in the quiet time, or null when there was none (what the callers expect). */
    T none() throws InterruptedException {
        return queue.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }
}
