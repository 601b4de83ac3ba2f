package org.centralino.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A login to the web API and UI (not a SIP identity).
 *
 * @param passwordHash an Argon2id PHC string from {@link PasswordHasher}; never the password
 */
public record UserAccount(String username, Role role, String passwordHash, Instant createdAt) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Leaves the hash out, so an account logged by mistake does not leak it. */
    @Override
    public String toString() {
        return "UserAccount[username=" + username + ", role=" + role + ", createdAt=" + createdAt + "]";
    }
}
