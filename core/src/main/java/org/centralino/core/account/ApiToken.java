package org.centralino.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A long-lived token a user makes for scripts; it authenticates as {@code Authorization: Bearer}. Only the
 * SHA-256 of the secret is stored; the secret is shown once, when the token is made.
 *
 * @param expiresAt null: never expires (until revoked)
 */
public record ApiToken(String id, String username, String name, String tokenHash, Instant createdAt,
                       Instant expiresAt) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
