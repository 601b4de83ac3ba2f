package org.centralino.core.idempotency;

/** What {@link IdempotencyStore#begin} found for a user's key. */
public sealed interface Begin {
    /** The key was new (or expired): this request is the first and must {@code complete} or {@code abandon} it. */
    record Started() implements Begin {
    }

    /** The first request with this key and the same fingerprint has its answer: replay it. */
    record Replay(StoredResponse response) implements Begin {
    }

    /** The first request with this key is still being handled. */
    record InProgress() implements Begin {
    }

    /** The key was used for a different request (another fingerprint). */
    record Reused() implements Begin {
    }
}
