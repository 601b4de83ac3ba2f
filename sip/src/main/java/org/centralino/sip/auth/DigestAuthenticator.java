package org.centralino.sip.auth;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.centralino.sip.auth.DigestResult.Failure;
import org.centralino.sip.auth.DigestResult.Invalid;

/**
 * Server side of SIP digest authentication (RFC 3261 §22, RFC 7616, RFC 8760) for one realm: builds challenges
 * and verifies credentials.
 *
 * <p>Nonces are stateless ({@link NonceCodec}): integrity and age are checked with the secret alone, so nodes
 * sharing the secret accept each other's nonces. Replays are caught by a bounded nonce-count table
 * ({@link NonceCountTracker}). We always offer qop="auth" (auth-int is not offered: it hashes the body and no
 * phone we target uses it); credentials without qop are verified the RFC 2069 way
 * (RFC 2617 §3.2.2.1) and may use a nonce once.
 *
 * <p>Thread-safe and lock-free on the verification path; safe to call from any number of threads.
 * The algorithm a client answers with must be one the user is enabled for; whether it was in the particular
 * challenge is not checked (nonces are stateless and do not carry the offer).
 * The uri parameter is hashed but not compared with the Request-URI (RFC 2617 §3.2.2.5 says SHOULD); proxies
 * and NAT helpers rewrite Request-URIs, and the registrar may add that check with its own knowledge.
 */
public final class DigestAuthenticator {
    /** Length of a generated secret: 256 bits, the HMAC-SHA256 block-size-friendly choice. */
    public static final int SECRET_BYTES = 32;
    /** The only quality of protection we offer (RFC 7616 §3.3). */
    public static final String QOP_AUTH = "auth";
    /**
     * How long a seeded nonce stays the same for one request. Short on purpose: all nonces of one window share
     * an issue time, and the replay table groups nonces in slices by issue time (5 s by default) with a cap, so
     * a long window would pile a burst's nonces into one slice. With 2 s, a UDP retransmission (0.5 s, 1.5 s
     * later) usually falls in the window of the original; one that does not gets a fresh nonce, which a phone
     * takes in its stride. Never more than a tenth of the nonce lifetime.
     */
    public static final java.time.Duration SEEDED_NONCE_WINDOW = java.time.Duration.ofSeconds(2);

    private final String realm;
    private final InstantSource clock;
    private final long lifetimeMillis;
    private final long skewMillis;
    private final NonceCodec nonces;
    private final NonceCountTracker counts;
    private final String opaque;
    /** HA1 stand-ins for unknown users, so that their verification costs the same hashing as a real one. */
    private final Map<DigestAlgorithm, String> dummyHa1 = new EnumMap<>(DigestAlgorithm.class);

    /**
     * @param realm  the realm of our challenges (the PBX domain); compared exactly with the credentials' realm
     * @param clock  time source for nonce timestamps and ages
     * @param secret at least 16 bytes keying the nonce HMAC; the same on every node of a cluster
     * @param limits nonce lifetime, clock skew and replay-table bound
     * @param random source of the nonces' random part; a SecureRandom in production
     */
    public DigestAuthenticator(String realm, InstantSource clock, byte[] secret, DigestLimits limits,
                               RandomGenerator random) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetimeMillis = limits.nonceLifetime().toMillis();
        this.skewMillis = limits.maxClockSkew().toMillis();
        this.nonces = new NonceCodec(secret.clone(), realm, Objects.requireNonNull(random, "random"));
        this.counts = new NonceCountTracker(lifetimeMillis, limits.maxTrackedNonces());
        this.opaque = nonces.opaque();
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            dummyHa1.put(a, a.hashHex(Long.toHexString(random.nextLong()) + ":" + realm));
        }
    }

    /** An authenticator with a fresh random secret, default limits and a SecureRandom. */
    public static DigestAuthenticator create(String realm, InstantSource clock) {
        SecureRandom random = new SecureRandom();
        return new DigestAuthenticator(realm, clock, newSecret(random), DigestLimits.defaults(), random);
    }

    /** A new random secret of {@link #SECRET_BYTES} bytes, for a single node or to store for a cluster. */
    public static byte[] newSecret(RandomGenerator random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public String realm() {
        return realm;
    }

    /**
     * The WWW-Authenticate (401) or Proxy-Authenticate (407) header values for a challenge: one per algorithm,
     * in the given order of preference, all with the same fresh nonce (RFC 8760 §2.3: the UAC answers the topmost
     * one it supports). {@code stale} marks a re-challenge after {@link DigestResult.Stale}.
     *
     * @throws IllegalArgumentException if {@code algorithms} is empty or lists an algorithm twice
     */
    public List<String> challenges(List<DigestAlgorithm> algorithms, boolean stale) {
        return challenges(algorithms, stale, nonces.issue(clock.millis()));
    }

    /**
     * Like {@link #challenges(List, boolean)}, but the nonce is derived from {@code requestKey} (for example the
     * request's branch, sent-by and Call-ID) and the time rounded down to {@link #SEEDED_NONCE_WINDOW}: a
     * retransmission of the same request within the window gets the very same challenge, so a challenge can be
     * sent statelessly (RFC 3261 §8.2.7) without confusing a client that compares what it receives. The nonce's
     * age counts from the start of the window.
     */
    public List<String> challengesFor(String requestKey, List<DigestAlgorithm> algorithms, boolean stale) {
        long window = Math.max(1, Math.min(SEEDED_NONCE_WINDOW.toMillis(), lifetimeMillis / 10));
        return challenges(algorithms, stale, nonces.issueFor(requestKey, clock.millis(), window));
    }

    private List<String> challenges(List<DigestAlgorithm> algorithms, boolean stale, String nonce) {
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("a challenge needs at least one digest algorithm");
        }
        Set<DigestAlgorithm> seen = EnumSet.noneOf(DigestAlgorithm.class);
        List<String> values = new ArrayList<>(algorithms.size());
        for (DigestAlgorithm algorithm : algorithms) {
            if (!seen.add(algorithm)) {
                throw new IllegalArgumentException("algorithm " + algorithm.token()
                    + " listed twice; RFC 8760 §2.3 wants one challenge per algorithm: " + algorithms);
            }
            values.add(new DigestChallenge(realm, nonce, opaque, algorithm, List.of(QOP_AUTH), stale)
                .toHeaderValue());
        }
        return values;
    }

    /** A challenge that is not stale. */
    public List<String> challenges(List<DigestAlgorithm> algorithms) {
        return challenges(algorithms, false);
    }

    /**
     * Verifies the Authorization/Proxy-Authorization values of a request. A request may carry credentials for
     * several realms (RFC 3261 §22.4); the first value for our realm is verified. Without one, the result is the
     * first value's failure, or WRONG_REALM when there are none.
     */
    public DigestResult verify(List<String> credentialValues, String method, Ha1Lookup lookup) {
        DigestResult first = null;
        for (String value : credentialValues) {
            DigestResult result = switch (DigestCredentials.parse(value)) {
                case ParseResult.Malformed<DigestCredentials>(String reason) -> invalid(Failure.MALFORMED, reason);
                case ParseResult.Parsed<DigestCredentials>(DigestCredentials c) when c.realm().equals(realm) ->
                    verify(c, method, lookup);
                case ParseResult.Parsed<DigestCredentials>(DigestCredentials c) -> wrongRealm(c);
            };
            if (!(result instanceof Invalid(Failure f, _))
                || f != Failure.WRONG_REALM && f != Failure.MALFORMED) {
                return result;
            }
            first = first == null ? result : first;
        }
        return first != null ? first : invalid(Failure.WRONG_REALM, "no credentials for realm " + realm);
    }

    /** Parses and verifies one Authorization/Proxy-Authorization header value. */
    public DigestResult verify(String credentialValue, String method, Ha1Lookup lookup) {
        return switch (DigestCredentials.parse(credentialValue)) {
            case ParseResult.Malformed<DigestCredentials>(String reason) -> invalid(Failure.MALFORMED, reason);
            case ParseResult.Parsed<DigestCredentials>(DigestCredentials c) -> verify(c, method, lookup);
        };
    }

    /**
     * Verifies parsed credentials for a request of {@code method}. Checks, in order: realm, qop, opaque; nonce
     * integrity; the response against the user's stored HA1 (RFC 7616 §3.4.1); then nonce age (stale only after a
     * correct response, RFC 7616 §3.3) and nonce count (replay).
     */
    public DigestResult verify(DigestCredentials c, String method, Ha1Lookup lookup) {
        Objects.requireNonNull(method, "method");
        Invalid bad = checkParameters(c);
        if (bad != null) {
            return bad;
        }
        return switch (nonces.check(c.nonce())) {
            case NonceCodec.Forged(String reason) -> invalid(Failure.BAD_NONCE, reason);
            case NonceCodec.Authentic(long issuedAt) -> {
                Invalid wrong = checkResponse(c, method, lookup);
                yield wrong != null ? wrong : checkNonceUse(c, issuedAt);
            }
        };
    }

    private Invalid checkParameters(DigestCredentials c) {
        if (!realm.equals(c.realm())) {
            return wrongRealm(c);
        }
        if (c.qop() != null && !QOP_AUTH.equalsIgnoreCase(c.qop())) {
            return invalid(Failure.BAD_QOP, "qop '" + c.qop() + "' was not offered; we offer only auth");
        }
        if (c.qop() != null && (c.cnonce() == null || c.ncValue() < 1)) {
            return invalid(Failure.BAD_QOP, "qop=auth needs a cnonce and an nc of at least 1 (RFC 7616 §3.4)");
        }
        // Absent opaque is tolerated: some phones drop it, and ours is a per-realm constant, not a secret.
        if (c.opaque() != null && !opaque.equals(c.opaque())) {
            return invalid(Failure.WRONG_OPAQUE, "opaque '" + c.opaque() + "' is not the one we sent");
        }
        return null;
    }

    /** Null when the response is right; the same hash is computed for unknown users, over a dummy HA1. */
    private Invalid checkResponse(DigestCredentials c, String method, Ha1Lookup lookup) {
        DigestAlgorithm algorithm = c.algorithm();
        Map<DigestAlgorithm, String> stored = lookup.ha1ByAlgorithm(c.username());
        String ha1 = stored == null ? null : stored.get(algorithm);
        String expected = DigestMath.response(algorithm,
            ha1 != null ? ha1.toLowerCase(Locale.ROOT) : dummyHa1.get(algorithm),
            c.nonce(), c.nc(), c.cnonce(), c.qop(), DigestMath.ha2(algorithm, method, c.uri()));
        boolean matches = DigestMath.sameDigest(expected, c.response());
        if (stored == null || stored.isEmpty()) {
            return invalid(Failure.UNKNOWN_USER, "no user '" + c.username() + "' in realm " + realm);
        }
        if (ha1 == null) {
            return invalid(Failure.ALGORITHM_NOT_ALLOWED, "user '" + c.username() + "' is not enabled for "
                + algorithm.token() + ", only for " + stored.keySet());
        }
        return matches ? null : invalid(Failure.WRONG_RESPONSE, "response for user '" + c.username()
            + "' does not match (wrong password, or method/uri differ from what the client hashed)");
    }

    /** Age, then nonce count: the response is already known to be right. */
    private DigestResult checkNonceUse(DigestCredentials c, long issuedAt) {
        long now = clock.millis();
        long age = now - issuedAt;
        if (age > lifetimeMillis) {
            return new DigestResult.Stale(c.username(), "nonce expired: issued " + age + " ms ago, lifetime "
                + lifetimeMillis + " ms");
        }
        if (-age > skewMillis) {
            return new DigestResult.Stale(c.username(), "nonce issued " + -age + " ms in the future");
        }
        long nc = c.qop() == null ? NonceCountTracker.NO_QOP : c.ncValue();
        return switch (counts.record(c.nonce(), issuedAt, nc, now)) {
            case ACCEPTED -> new DigestResult.Ok(c.username());
            case REPLAYED -> invalid(Failure.REPLAYED, "replayed nonce count " + c.nc() + " for user '"
                + c.username() + "'");
            case CONSUMED -> new DigestResult.Stale(c.username(),
                "nonce already used once without qop (RFC 2069 style: one use per nonce)");
            case FORGOTTEN -> new DigestResult.Stale(c.username(),
                "nonce-count history dropped under load (more than the tracked-nonce limit)");
        };
    }

    private Invalid wrongRealm(DigestCredentials c) {
        return invalid(Failure.WRONG_REALM, "realm '" + c.realm() + "' is not ours ('" + realm + "')");
    }

    private static Invalid invalid(Failure failure, String reason) {
        return new Invalid(failure, reason);
    }

    /** Nonces currently tracked for replay protection (for metrics). */
    public int trackedNonces() {
        return counts.size();
    }
}
