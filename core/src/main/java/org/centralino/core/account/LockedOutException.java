package org.centralino.core.account;

import java.time.Duration;
import java.util.Objects;

/** Too many wrong passwords for this username: refused without checking, for {@link #retryAfter()} more. */
public class LockedOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LockedOutException(String username, Duration retryAfter) {
        super("too many wrong passwords for '" + username + "'; try again in " + seconds(retryAfter) + " seconds");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up so a client that waits that long is let in; at least 1. */
    public static long seconds(Duration d) {
        return Math.max(1, d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0));
    }
}
