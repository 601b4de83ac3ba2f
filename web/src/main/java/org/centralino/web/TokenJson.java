package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.centralino.core.account.ApiToken;

/** An API token as listed: never the secret, except {@code token} in the answer to its creation. */
record TokenJson(String id, String name, String createdAt, String expiresAt,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String token) {

    static TokenJson of(ApiToken t) {
        return of(t, null);
    }

    static TokenJson of(ApiToken t, String secret) {
        return new TokenJson(t.id(), t.name(), t.createdAt().toString(),
            t.expiresAt() == null ? null : t.expiresAt().toString(), secret);
    }
}
