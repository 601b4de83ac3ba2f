package org.centralino.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.centralino.core.event.EventBus;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * Web login with opaque bearer tokens. A token lives a fixed {@code tokenLifetime} from login (not
 * sliding: extending it would cost a database write per request); the client logs in again after it.
 * Only SHA-256(token) is stored, in the {@link SessionStore}, so sessions survive a restart and are
 * shared by cluster nodes, while a copy of the database holds no usable token. A fast hash suffices
 * here: tokens carry 256 random bits, there is nothing to brute-force.
 * <p>
 * Every login attempt verifies one Argon2 hash, whatever the outcome (unknown user, disabled, locked out), so
 * the time of the answer does not tell which of these it was. API tokens ({@link ApiTokenService}) authenticate
 * through the same {@link #resolve(String)}; they are told apart by their prefix.
 */
public final class AuthService {
    /** A working day and then some: a receptionist logs in once per shift. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);
    /** How long a login waits for a verification slot before it is answered "busy". */
    public static final Duration DEFAULT_BUSY_WAIT = Duration.ofSeconds(2);
    private static final String CSRF_DERIVATION = "centralino-csrf:";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final ApiTokenStore apiTokens;
    private final LoginGuard guard;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final EventBus events;
    /** Verified against when the username is unknown, so the answer takes as long as for a bad password. */
    private final String decoyHash;
    /**
     * Bounds the Argon2 verifications running at once: each holds {@code m} (19 MiB) of memory, so a burst of
     * logins would otherwise allocate gigabytes. Fair, so a waiting login is not overtaken forever.
     */
    private final Semaphore verifications;
    private final Duration busyWait;

    /**
     * @param apiTokens the scripts' tokens; null: only login sessions authenticate
     * @param guard     the lock-out after failed logins; null: none (tests and tools only: a server must have one)
     * @param events    where {@link SessionEnded} goes on logout; null: nowhere (nothing holds sessions open)
     */
    public AuthService(AccountStore accounts, SessionStore sessions, ApiTokenStore apiTokens, LoginGuard guard,
                       PasswordHasher hasher, SecretGenerator secrets, Clock clock, Duration tokenLifetime,
                       EventBus events) {
        this(accounts, sessions, apiTokens, guard, hasher, secrets, clock, tokenLifetime, events,
            2 * Runtime.getRuntime().availableProcessors(), DEFAULT_BUSY_WAIT);
    }

    /**
     * @param maxVerifications how many logins may verify a password at once
     * @param busyWait         how long a login waits for one of them before it is answered {@link LoginResult.Busy}
     */
    public AuthService(AccountStore accounts, SessionStore sessions, ApiTokenStore apiTokens, LoginGuard guard,
                       PasswordHasher hasher, SecretGenerator secrets, Clock clock, Duration tokenLifetime,
                       EventBus events, int maxVerifications, Duration busyWait) {
        if (maxVerifications < 1) {
            throw new IllegalArgumentException("maxVerifications must be at least 1, was " + maxVerifications);
        }
        this.verifications = new Semaphore(maxVerifications, true);
        this.busyWait = Objects.requireNonNull(busyWait, "busyWait");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.apiTokens = apiTokens;
        this.guard = guard;
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        this.events = events;
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive, was " + tokenLifetime);
        }
        this.decoyHash = hasher.hash(secrets.password(16));
    }

    /** Without events: no open connection learns of a logout before its next check. */
    public AuthService(AccountStore accounts, SessionStore sessions, ApiTokenStore apiTokens, LoginGuard guard,
                       PasswordHasher hasher, SecretGenerator secrets, Clock clock, Duration tokenLifetime) {
        this(accounts, sessions, apiTokens, guard, hasher, secrets, clock, tokenLifetime, null);
    }

    /** Sessions only: no API tokens and no lock-out. Kept until the server wires the full constructor. */
    public AuthService(AccountStore accounts, SessionStore sessions, PasswordHasher hasher,
                       SecretGenerator secrets, Clock clock, Duration tokenLifetime) {
        this(accounts, sessions, null, null, hasher, secrets, clock, tokenLifetime);
    }

    /**
     * Checks the credentials and opens a session, unless the username or the client address is locked out, or
     * no verification slot frees up within the busy wait (then nothing is hashed or counted).
     *
     * @param address the client's address for the per-address bound, or null
     */
    public LoginResult login(String username, String password, String address) {
        try {
            if (!verifications.tryAcquire(busyWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return new LoginResult.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LoginResult.Busy();
        }
        try {
            return verify(username, password, address);
        } finally {
            verifications.release();
        }
    }

    private LoginResult verify(String username, String password, String address) {
        // reserved before the check, so parallel attempts cannot all pass a lock-out read before any was counted
        Optional<Duration> locked = guard == null ? Optional.empty() : guard.reserve(username, address);
        Optional<UserAccount> account = username == null ? Optional.empty() : accounts.find(username);
        // one Argon2 verification on every path, so timing does not reveal unknown, disabled or locked users
        boolean ok = hasher.verify(password == null ? "" : password,
            account.map(UserAccount::passwordHash).orElse(decoyHash)) && password != null;
        if (locked.isPresent()) {
            return new LoginResult.LockedOut(locked.get());
        }
        if (!ok || account.isEmpty() || !account.get().enabled()) {
            if (guard != null) {
                guard.failedFrom(address);
            }
            return new LoginResult.Refused();
        }
        if (guard != null) {
            guard.succeeded(username);
        }
        return new LoginResult.LoggedIn(openSession(account.get()));
    }

    /** {@link #login(String, String, String)} without a client address, for callers that only need the token. */
    public Optional<IssuedToken> login(String username, String password) {
        return login(username, password, null) instanceof LoginResult.LoggedIn in
            ? Optional.of(in.token()) : Optional.empty();
    }

    private IssuedToken openSession(UserAccount account) {
        Instant now = now();
        sessions.deleteExpired(now);
        String token = secrets.token();
        String csrf = csrfTokenFor(token);
        Instant expiresAt = now.plus(tokenLifetime);
        sessions.save(new Session(hashToken(token), account.username(), now, expiresAt, hashToken(csrf)));
        return new IssuedToken(token, expiresAt, account, csrf);
    }

    /** Ends the session of {@code token} and publishes {@link SessionEnded}; false when it was not a live session. */
    public boolean logout(String token) {
        if (token == null) {
            return false;
        }
        String key = hashToken(token);
        boolean ended = sessions.delete(key);
        if (ended && events != null) {
            events.publish(new SessionEnded(key));
        }
        return ended;
    }

    /** The account behind a live token; empty for unknown, expired or revoked tokens and disabled users. */
    public Optional<UserAccount> authenticate(String token) {
        return resolve(token).map(Authenticated::account);
    }

    /**
     * The live session or API token behind {@code token}, with its enabled account; the account is read on every
     * call, so disabling a user stops its sessions and tokens at once.
     */
    public Optional<Authenticated> resolve(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String key = hashToken(token);
        if (token.startsWith(ApiTokenService.PREFIX)) {
            return apiToken(key);
        }
        Optional<Session> session = sessions.find(key);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!now().isBefore(session.get().expiresAt())) {
            sessions.delete(key);
            return Optional.empty();
        }
        return enabled(session.get().username())
            .map(a -> new Authenticated(a, Authenticated.Kind.SESSION, key, session.get().csrfHash()));
    }

    private Optional<Authenticated> apiToken(String key) {
        if (apiTokens == null) {
            return Optional.empty();
        }
        return apiTokens.findByHash(key).filter(t -> !t.expiredAt(now()))
            .flatMap(t -> enabled(t.username()))
            .map(a -> new Authenticated(a, Authenticated.Kind.API_TOKEN, key, null));
    }

    private Optional<UserAccount> enabled(String username) {
        return accounts.find(username).filter(UserAccount::enabled);
    }

    /** Whether {@code header} is the CSRF token of the session; compared in constant time. */
    public static boolean csrfMatches(Authenticated session, String header) {
        if (session.csrfHash() == null || header == null || header.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(hashToken(header).getBytes(StandardCharsets.US_ASCII),
            session.csrfHash().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The CSRF token of the session of {@code sessionToken}: derived from it, so a reloaded page that still holds
     * the cookie can be told it again ({@code GET /auth/session}) without the server keeping it in clear. Knowing
     * it requires knowing the session token, which a cross-site attacker does not.
     */
    public static String csrfTokenFor(String sessionToken) {
        byte[] d = DigestAlgorithm.SHA_256.digest()
            .digest((CSRF_DERIVATION + sessionToken).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    }

    /** Lower-case hex SHA-256 of the token, the key in the session and token stores. */
    public static String hashToken(String token) {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA_256.digest()
            .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
