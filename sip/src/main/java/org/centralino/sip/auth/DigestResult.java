package org.centralino.sip.auth;

import java.util.Objects;

/**
 * The outcome of verifying Digest credentials. The caller answers {@link Ok} by serving the request,
 * {@link Stale} by challenging again with stale=true (the client retries without asking its user), and
 * {@link Invalid} with a plain challenge (or 403).
 *
 * <p>{@link Invalid} says precisely why, for logs and brute-force detection. The SIP answer must not depend on
 * it: an unknown user and a wrong password must look the same on the wire, or a scanner can enumerate
 * extensions; the verifier already spends the same hashing work on both.
 */
public sealed interface DigestResult permits DigestResult.Ok, DigestResult.Stale, DigestResult.Invalid {

    /** The credentials are right, for a fresh nonce, with a new nonce count: {@code username} is authenticated. */
    record Ok(String username) implements DigestResult {
        public Ok {
            Objects.requireNonNull(username, "username");
        }
    }

    /**
     * The digest is right but the nonce is no longer usable: expired (RFC 7616 §3.3 stale), already used
     * without qop, or its nonce-count history was dropped. Only given when the response itself verified, as
     * RFC 7616 §3.3 requires for stale=true.
     */
    record Stale(String username, String reason) implements DigestResult {
        public Stale {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The credentials do not authenticate anyone; {@code failure} classifies, {@code reason} explains. */
    record Invalid(Failure failure, String reason) implements DigestResult {
        public Invalid {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why credentials were refused. */
    enum Failure {
        /** The header value does not parse as Digest credentials (or uses another scheme). */
        MALFORMED,
        /** The realm is not the one we challenged with. */
        WRONG_REALM,
        /** qop other than "auth", or a qop without cnonce/nc. */
        BAD_QOP,
        /** The opaque value is not the one we sent. */
        WRONG_OPAQUE,
        /** The nonce was not issued by us (bad format or MAC). */
        BAD_NONCE,
        /** No such user. Must be answered exactly like {@link #WRONG_RESPONSE}. */
        UNKNOWN_USER,
        /** The user exists but is not enabled for the algorithm the client used. */
        ALGORITHM_NOT_ALLOWED,
        /** The response hash does not match: wrong password, or a changed method or uri. */
        WRONG_RESPONSE,
        /** The nonce count did not increase: a replayed request. */
        REPLAYED
    }
}
