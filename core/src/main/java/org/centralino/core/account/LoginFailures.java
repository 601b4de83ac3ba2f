package org.centralino.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * The failed logins counted under one key (a username or a client address) since the last success or since they
 * were forgotten.
 *
 * @param lockedUntil until when logins under this key are refused; null when not locked
 */
public record LoginFailures(String key, int failures, Instant lastFailureAt, Instant lockedUntil) {
    public LoginFailures {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastFailureAt, "lastFailureAt");
    }
}
