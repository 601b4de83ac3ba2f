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

    /**
     * Reserves one login attempt under {@code key} before its password is checked, atomically (concurrent
     * reservations of one key, on any node, take turns): unless the counter is locked at {@code now}, counts one
     * more failure (a success clears it afterwards) and locks the counter for {@code policy.lockAfter(count)} from
     * {@code now}. So however many attempts arrive at once, at most {@code policy.threshold()} are granted before
     * the lock, and one per lock after it. A counter older than {@code policy.forgetAfter()} starts again.
     */
    Reservation reserve(String key, Instant now, LockOutPolicy policy);

    /**
     * @param granted whether the attempt was counted and may go on; false: the counter was locked, nothing counted
     * @param counter the counter after the reservation
     */
    record Reservation(boolean granted, LoginFailures counter) {
    }

    /** Sets the lock of an existing counter. */
    void lock(String key, Instant until);

    /** Forgets the counter (a successful login). */
    void clear(String key);

    /** Forgets every counter whose last failure and lock both ended before {@code before}; returns how many. */
    int forgetOlderThan(Instant before);
}
