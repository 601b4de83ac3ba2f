package org.centralino.core.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed-login counters, durable and shared by cluster nodes, so a lock-out holds across a restart and on every
 * node.
 */
public interface LoginFailureStore {
    Optional<LoginFailures> find(String key);

    /**
     * Counts one more failure under {@code key} at {@code now}, atomically (two nodes counting at once both count).
     * A counter whose last failure and lock both ended before {@code forgetBefore} starts again from one.
     *
     * @return the counter after this failure
     */
    LoginFailures recordFailure(String key, Instant now, Instant forgetBefore);

    /** Sets the lock of an existing counter. */
    void lock(String key, Instant until);

    /** Forgets the counter (a successful login). */
    void clear(String key);

    /** Forgets every counter whose last failure and lock both ended before {@code before}; returns how many. */
    int forgetOlderThan(Instant before);
}
