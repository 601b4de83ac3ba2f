package org.centralino.core.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * Lock-out with back-off after repeated failed logins, counted per username (known or not, so a lock-out does not
 * reveal which usernames exist) and per client address (one address trying many usernames). While a key is locked,
 * attempts are refused without being counted, so a locked user's lock does not grow while they wait.
 * <p>
 * A username's attempt is {@linkplain #reserve reserved} (counted as a failure) before its password is checked and
 * forgotten on success, so parallel attempts cannot all pass a check made before any of them was counted. The
 * address is counted after a failure: a success must not count against an office's shared address.
 */
public final class LoginGuard {
    /** Usernames longer than this are counted under their hash, to keep the key column bounded. */
    static final int MAX_PLAIN_KEY = 100;

    private final LoginFailureStore store;
    private final Clock clock;
    private final LockOutPolicy perUsername;
    private final LockOutPolicy perAddress;

    public LoginGuard(LoginFailureStore store, Clock clock, LockOutPolicy perUsername, LockOutPolicy perAddress) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.perUsername = Objects.requireNonNull(perUsername, "perUsername");
        this.perAddress = Objects.requireNonNull(perAddress, "perAddress");
    }

    /** The issue's policy: {@link LockOutPolicy#PER_USERNAME} and {@link LockOutPolicy#PER_ADDRESS}. */
    public LoginGuard(LoginFailureStore store, Clock clock) {
        this(store, clock, LockOutPolicy.PER_USERNAME, LockOutPolicy.PER_ADDRESS);
    }

    /** How long logins for {@code username} from {@code address} (may be null) stay refused; empty: not locked. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(usernameKey(username), now);
        Duration addr = address == null ? Duration.ZERO : remaining(addressKey(address), now);
        Duration longest = user.compareTo(addr) >= 0 ? user : addr;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /**
     * Reserves one attempt for {@code username} from {@code address} (may be null) before its password is checked:
     * counts it as a failure of the username (and locks it when the policy says so) unless the username or the
     * address is locked. At most {@code threshold} attempts per username are granted before a lock, whatever
     * their concurrency.
     *
     * @return empty when granted; else how long logins stay refused (nothing was counted)
     */
    public Optional<Duration> reserve(String username, String address) {
        Instant now = clock.instant();
        Duration addr = address == null ? Duration.ZERO : remaining(addressKey(address), now);
        if (!addr.isZero()) {
            return Optional.of(addr);
        }
        LoginFailureStore.Reservation r = store.reserve(usernameKey(username), now, perUsername);
        if (r.granted()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, r.counter().lockedUntil());
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
    }

    /** Counts a failed login from {@code address} (may be null); the username was counted by its reservation. */
    public void failedFrom(String address) {
        if (address != null) {
            count(addressKey(address), perAddress, clock.instant());
        }
    }

    /** A successful login forgets the username's failures (not the address's: one good login must not reset it). */
    public void succeeded(String username) {
        store.clear(usernameKey(username));
        Duration keep = perUsername.forgetAfter().compareTo(perAddress.forgetAfter()) >= 0 ? perUsername.forgetAfter()
            : perAddress.forgetAfter();
        store.forgetOlderThan(clock.instant().minus(keep)); // counters of usernames that never log in would pile up
    }

    private void count(String key, LockOutPolicy policy, Instant now) {
        LoginFailures f = store.recordFailure(key, now, now.minus(policy.forgetAfter()));
        Duration lock = policy.lockAfter(f.failures());
        if (!lock.isZero()) {
            store.lock(key, now.plus(lock));
        }
    }

    private Duration remaining(String key, Instant now) {
        return store.find(key).map(LoginFailures::lockedUntil).filter(now::isBefore)
            .map(until -> Duration.between(now, until)).orElse(Duration.ZERO);
    }

    static String usernameKey(String username) {
        String u = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return u.length() <= MAX_PLAIN_KEY ? "user:" + u : "user#" + sha256(u);
    }

    static String addressKey(String address) {
        return address.length() <= MAX_PLAIN_KEY ? "addr:" + address : "addr#" + sha256(address);
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA_256.digest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
