package org.centralino.core.account;

import java.util.Objects;

/**
 * Published on the event bus after a session was logged out: what holds a connection open on it (the browsers'
 * event stream) closes it at once rather than at its next check.
 *
 * @param tokenHash the session's key, lower-case hex SHA-256 of its token ({@link AuthService#hashToken})
 */
public record SessionEnded(String tokenHash) {
    public SessionEnded {
        Objects.requireNonNull(tokenHash, "tokenHash");
    }
}
