package org.centralino.sip.transaction;

import java.time.Duration;

/** Schedules one-shot tasks; injected so that tests run SIP timers on a manual clock. */
public interface TimerService {
    /** Runs {@code task} once after {@code delay} unless cancelled first. The task should hand off quickly. */
    Timeout schedule(Duration delay, Runnable task);

    /** A scheduled task. */
    interface Timeout {
        /** Cancels the task; harmless when it already ran. */
        void cancel();
    }
}
