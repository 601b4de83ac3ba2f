package org.centralino.core.idempotency;

import java.util.Map;
import java.util.Objects;

/**
 * The answer to the first request with an Idempotency-Key, replayed to its retries: status, content type, body and
 * the few headers a client acts on (a create's {@code Location} and {@code ETag}; the web layer picks them).
 */
public record StoredResponse(int status, String contentType, String body, Map<String, String> headers) {
    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100..599, was " + status);
        }
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        headers.forEach(StoredResponse::checkHeader);
    }

    /** An answer without headers to replay. */
    public StoredResponse(int status, String contentType, String body) {
        this(status, contentType, body, Map.of());
    }

    /** Header names are tokens and values single lines (RFC 9110 §5), which is also what lets a store keep them. */
    private static void checkHeader(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
            throw new IllegalArgumentException("header name must be a non-empty token, was '" + name + "'");
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("header " + name + " must be one line, its value has a line break");
        }
    }
}
