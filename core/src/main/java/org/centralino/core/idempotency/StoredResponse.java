package org.centralino.core.idempotency;

import java.util.Objects;

/** The answer to the first request with an Idempotency-Key, replayed to its retries. */
public record StoredResponse(int status, String contentType, String body) {
    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100..599, was " + status);
        }
        Objects.requireNonNull(body, "body");
    }
}
