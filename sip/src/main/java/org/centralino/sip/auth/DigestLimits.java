package org.centralino.sip.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of digest authentication.
 *
 * @param nonceLifetime    how long after issue a nonce is accepted; an authentic older one gets stale=true
 *                         (RFC 7616 §3.3). Default {@link #DEFAULT_NONCE_LIFETIME}.
 * @param maxClockSkew     how far in the future a nonce's timestamp may be (nodes of a cluster sharing the
 *                         secret, a clock stepped back) before it is treated as stale. Default
 *                         {@link #DEFAULT_MAX_CLOCK_SKEW}.
 * @param maxTrackedNonces most nonces whose nonce counts are remembered for replay protection, see
 *                         {@link NonceCountTracker}. Default {@link #DEFAULT_MAX_TRACKED_NONCES} (about 15 MB).
 */
public record DigestLimits(Duration nonceLifetime, Duration maxClockSkew, int maxTrackedNonces) {
    public static final Duration DEFAULT_NONCE_LIFETIME = Duration.ofSeconds(300);
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_TRACKED_NONCES = 100_000;

    public DigestLimits {
        Objects.requireNonNull(nonceLifetime, "nonceLifetime");
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        if (nonceLifetime.toMillis() < 1) {
            throw new IllegalArgumentException("nonce lifetime must be at least 1 ms, got " + nonceLifetime);
        }
        if (maxClockSkew.isNegative()) {
            throw new IllegalArgumentException("max clock skew must not be negative, got " + maxClockSkew);
        }
        if (maxTrackedNonces < 1) {
            throw new IllegalArgumentException("max tracked nonces must be positive, got " + maxTrackedNonces);
        }
    }

    public static DigestLimits defaults() {
        return new DigestLimits(DEFAULT_NONCE_LIFETIME, DEFAULT_MAX_CLOCK_SKEW, DEFAULT_MAX_TRACKED_NONCES);
    }

    public DigestLimits withNonceLifetime(Duration lifetime) {
        return new DigestLimits(lifetime, maxClockSkew, maxTrackedNonces);
    }

    public DigestLimits withMaxTrackedNonces(int max) {
        return new DigestLimits(nonceLifetime, maxClockSkew, max);
    }
}
