package org.centralino.web;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the event stream ({@code /api/v1/events}).
 *
 * @param retainedEvents how many events the journal keeps for clients that resume (default 10,000)
 * @param retainedFor    how long it keeps them (default 10 minutes); an event goes when either limit is passed
 * @param maxLag         how many events a client may be behind the newest (default 5,000) ...
 * @param lagGrace       ... for how long (default 1 s) before it is cut off with a close that tells it to resume: a
 *                       client that stopped reading must not be waited for, but one that is draining a burst is
 *                       left to catch up
 * @param reauthEvery    how often a connected client's session is checked again (default 60 s), for what publishes
 *                       no event: an expired session or a revoked API token (a logout, a disabled, deleted or
 *                       changed user is checked at once, {@link EventStreamRoute#follow})
 * @param sendTimeout    how long one write to a client may take before the client counts as gone (default 10 s)
 */
public record StreamLimits(int retainedEvents, Duration retainedFor, int maxLag, Duration lagGrace,
                           Duration reauthEvery, Duration sendTimeout) {
    public static final StreamLimits DEFAULT = new StreamLimits(10_000, Duration.ofMinutes(10), 5_000,
        Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10));

    public StreamLimits {
        Objects.requireNonNull(retainedFor, "retainedFor");
        Objects.requireNonNull(lagGrace, "lagGrace");
        Objects.requireNonNull(reauthEvery, "reauthEvery");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        if (retainedEvents < 1 || maxLag < 1) {
            throw new IllegalArgumentException("the stream must retain at least one event and allow a lag of one: "
                + "retainedEvents=" + retainedEvents + ", maxLag=" + maxLag);
        }
        if (lagGrace.isNegative()) {
            throw new IllegalArgumentException("lagGrace must not be negative, was " + lagGrace);
        }
        if (!retainedFor.isPositive() || !reauthEvery.isPositive() || !sendTimeout.isPositive()) {
            throw new IllegalArgumentException("stream durations must be positive: retainedFor=" + retainedFor
                + ", reauthEvery=" + reauthEvery + ", sendTimeout=" + sendTimeout);
        }
    }
}
