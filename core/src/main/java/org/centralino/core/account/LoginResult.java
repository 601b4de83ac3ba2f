package org.centralino.core.account;

import java.time.Duration;

/** What a login attempt came to. */
public sealed interface LoginResult {
    /** Logged in: a new session. */
    record LoggedIn(IssuedToken token) implements LoginResult {
    }

    /** Wrong username or password, or a disabled user: the same answer for each, so none is revealed. */
    record Refused() implements LoginResult {
    }

    /** Too many failures: refused without checking, for {@code retryAfter} more. */
    record LockedOut(Duration retryAfter) implements LoginResult {
    }

    /** Too many logins are verifying a password at once: refused without checking; the client retries shortly. */
    record Busy() implements LoginResult {
    }
}
