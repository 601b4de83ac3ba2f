package org.centralino.core.idempotency;

import java.time.Instant;

/**
 * The first answers to requests carrying an Idempotency-Key, per user and key. Implementations make
 * {@link #begin} atomic: of concurrent requests with the same key exactly one gets {@link Begin.Started}.
 */
public interface IdempotencyStore {
    /**
     * Claims {@code key} for this request, or reports who has it. A row created before {@code expiredBefore} counts
     * as absent and is replaced, and so does a claim without an answer made before {@code abandonedBefore} (its
     * server stopped while handling it: the client must be able to retry).
     *
     * @param fingerprint identifies the request (the same key with another fingerprint is {@link Begin.Reused})
     */
    Begin begin(String username, String key, String fingerprint, Instant now, Instant expiredBefore,
                Instant abandonedBefore);

    /** Stores the answer of the request that got {@link Begin.Started}. */
    void complete(String username, String key, StoredResponse response);

    /** Forgets the claim of a request that got no answer worth replaying (a 5xx), so a retry runs again. */
    void abandon(String username, String key);

    /** Deletes rows created before {@code cutoff}; returns how many. */
    int purge(Instant cutoff);
}
