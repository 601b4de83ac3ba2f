package org.centralino.core.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Idempotency-Key bookkeeping (draft-ietf-httpapi-idempotency-key-header): a key is remembered for
 * {@link #RETENTION} per user; after that the same key starts a new request. Expired rows are purged at most
 * once per {@link #PURGE_EVERY}, on the way of a request, so no background thread is needed.
 */
public final class IdempotencyService {
    /** How long an answer is replayed: long enough for any client's retries, short enough to stay small. */
    public static final Duration RETENTION = Duration.ofHours(24);
    static final Duration PURGE_EVERY = Duration.ofHours(1);
    /**
     * A claim still without an answer after this long belongs to a request whose server stopped (no request runs
     * that long: bodies are at most 1 MiB): a retry may claim the key again.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final IdempotencyStore store;
    private final Clock clock;
    private final RequestFingerprints fingerprints;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    public IdempotencyService(IdempotencyStore store, Clock clock, RequestFingerprints fingerprints) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
    }

    /** What {@link #begin} compares a retry with: a keyed hash, since the body may hold a password. */
    public String fingerprint(String requestLine, byte[] body) {
        return fingerprints.of(requestLine, body);
    }

    public Begin begin(String username, String key, String fingerprint) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(RETENTION);
        Instant last = lastPurge.get();
        if (last.isBefore(now.minus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            store.purge(cutoff);
        }
        return store.begin(username, key, fingerprint, now, cutoff, now.minus(ABANDONED_AFTER));
    }

    public void complete(String username, String key, StoredResponse response) {
        store.complete(username, key, response);
    }

    public void abandon(String username, String key) {
        store.abandon(username, key);
    }
}
