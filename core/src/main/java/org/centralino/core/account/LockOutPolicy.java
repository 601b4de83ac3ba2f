package org.centralino.core.account;

import java.time.Duration;
import java.util.Objects;

/**
 * When repeated failed logins lock a key out, and for how long: from the {@code threshold}-th failure on, each
 * failure locks for {@code firstLock} doubled once per failure beyond the threshold, up to {@code maxLock}.
 * Counters untouched for {@code forgetAfter} (after the lock ended) start again.
 */
public record LockOutPolicy(int threshold, Duration firstLock, Duration maxLock, Duration forgetAfter) {
    /** Per username: 5 failures, then 30 s doubling to 15 min (the numbers). */
    public static final LockOutPolicy PER_USERNAME = new LockOutPolicy(5, Duration.ofSeconds(30),
        Duration.ofMinutes(15), Duration.ofHours(1));
    /**
     * Per client address: a bound on one address trying many usernames. Higher, because an office behind one NAT
     * address shares it.
     */
    public static final LockOutPolicy PER_ADDRESS = new LockOutPolicy(50, Duration.ofSeconds(30),
        Duration.ofMinutes(15), Duration.ofHours(1));

    public LockOutPolicy {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(maxLock, "maxLock");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (threshold < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("lock-out policy needs threshold >= 1 and 0 < firstLock <= maxLock");
        }
    }

    /** How long the {@code failures}-th failure locks; zero below the threshold. */
    public Duration lockAfter(int failures) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration d = firstLock.multipliedBy(1L << doublings);
        return d.compareTo(maxLock) > 0 ? maxLock : d;
    }
}
