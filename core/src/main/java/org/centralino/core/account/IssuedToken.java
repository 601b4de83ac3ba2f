package org.centralino.core.account;

import java.time.Instant;

/** A bearer token handed out at login. The token itself is not stored anywhere on the server. */
public record IssuedToken(String token, Instant expiresAt, UserAccount account) {

    @Override
    public String toString() {
        return "IssuedToken[token=<hidden>, expiresAt=" + expiresAt + ", account=" + account.username() + "]";
    }
}
