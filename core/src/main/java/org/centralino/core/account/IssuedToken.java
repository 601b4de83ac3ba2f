package org.centralino.core.account;

import java.time.Instant;

/**
 * A session token handed out at login, with the session's CSRF token (which a browser that uses the session
 * cookie sends back in {@code X-CSRF-Token}). Neither is stored on the server, only their hashes.
 */
public record IssuedToken(String token, Instant expiresAt, UserAccount account, String csrfToken) {

    @Override
    public String toString() {
        return "IssuedToken[token=<hidden>, expiresAt=" + expiresAt + ", account=" + account.username() + "]";
    }
}
