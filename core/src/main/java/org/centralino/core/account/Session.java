package org.centralino.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in web session. Only the SHA-256 of the bearer token is kept, so a copy of the database does
 * not hand out live sessions.
 *
 * @param tokenHash lower-case hex SHA-256 of the token's ASCII bytes
 * @param csrfHash  lower-case hex SHA-256 of the session's CSRF token (the browser sends it in
 *                  {@code X-CSRF-Token} with every change); null for sessions opened before CSRF tokens existed
 */
public record Session(String tokenHash, String username, Instant createdAt, Instant expiresAt, String csrfHash) {

    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A session without a CSRF token (one opened by a tool, or by a version before CSRF tokens). */
    public Session(String tokenHash, String username, Instant createdAt, Instant expiresAt) {
        this(tokenHash, username, createdAt, expiresAt, null);
    }
}
