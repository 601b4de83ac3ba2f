package org.centralino.core.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * Web login with opaque bearer tokens. A token lives a fixed {@code tokenLifetime} from login (not
 * sliding: extending it would cost a database write per request); the client logs in again after it.
 * Only SHA-256(token) is stored, in the {@link SessionStore}, so sessions survive a restart and are
 * shared by cluster nodes, while a copy of the database holds no usable token. A fast hash suffices
 * here: tokens carry 256 random bits, there is nothing to brute-force.
 */
public final class AuthService {
    /** A working day and then some: a receptionist logs in once per shift. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final Duration tokenLifetime;
    /** Verified against when the username is unknown, so the answer takes as long as for a bad password. */
    private final String decoyHash;

    public AuthService(AccountStore accounts, SessionStore sessions, PasswordHasher hasher,
                       SecretGenerator secrets, Clock clock, Duration tokenLifetime) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive, was " + tokenLifetime);
        }
        this.decoyHash = hasher.hash(secrets.password(16));
    }

    /**
     * Checks the credentials and opens a session. Empty for an unknown user and for a wrong password
     * alike, after the same amount of work, so the answer does not reveal which usernames exist.
     */
    public Optional<IssuedToken> login(String username, String password) {
        if (username == null || password == null) {
            hasher.verify("", decoyHash);
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(username);
        boolean ok = hasher.verify(password, account.map(UserAccount::passwordHash).orElse(decoyHash));
        if (!ok || account.isEmpty() || !account.get().enabled()) {
            return Optional.empty();
        }
        Instant now = now();
        sessions.deleteExpired(now);
        String token = secrets.token();
        Instant expiresAt = now.plus(tokenLifetime);
        sessions.save(new Session(hashToken(token), username, now, expiresAt));
        return Optional.of(new IssuedToken(token, expiresAt, account.get()));
    }

    /** Ends the session of {@code token}; false when it was not a live session. */
    public boolean logout(String token) {
        return token != null && sessions.delete(hashToken(token));
    }

    /** The account behind a live token; empty for unknown, expired or revoked tokens. */
    public Optional<UserAccount> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String key = hashToken(token);
        Optional<Session> session = sessions.find(key);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!now().isBefore(session.get().expiresAt())) {
            sessions.delete(key);
            return Optional.empty();
        }
        return accounts.find(session.get().username()).filter(UserAccount::enabled);
    }

    /** Lower-case hex SHA-256 of the token, the session key in the store. */
    static String hashToken(String token) {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA_256.digest()
            .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
