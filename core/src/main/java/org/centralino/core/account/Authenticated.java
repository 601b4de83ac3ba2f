package org.centralino.core.account;

import java.util.Objects;

/**
 * Who a token belongs to and what kind of token it is.
 *
 * @param tokenHash the SHA-256 (hex) of the token, the session's key
 * @param csrfHash  the SHA-256 (hex) of the session's CSRF token; null for API tokens and for old sessions
 */
public record Authenticated(UserAccount account, Kind kind, String tokenHash, String csrfHash) {
    /** A login session (bearer or cookie) or a script's API token. */
    public enum Kind {
        SESSION,
        API_TOKEN
    }

    public Authenticated {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tokenHash, "tokenHash");
    }
}
