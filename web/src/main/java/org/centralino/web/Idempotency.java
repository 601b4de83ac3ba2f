package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralino.core.account.UserAccount;
import org.centralino.core.idempotency.Begin;
import org.centralino.core.idempotency.IdempotencyService;
import org.centralino.core.idempotency.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on every authenticated POST (draft-ietf-httpapi-idempotency-key-header): a retried
 * create does not create twice. Registered once around all routes (a before-matched and an after handler), so a
 * POST route gets it without doing anything. Per user and key, for {@link IdempotencyService#RETENTION}:
 * <ul>
 * <li>the first request runs and its answer (status, content type, body, and the {@link #KEPT_HEADERS} a client
 *     acts on, such as a create's {@code Location} and {@code ETag}) is stored, unless it is a 5xx: a
 *     server failure is not an answer worth repeating, and the retry runs again;</li>
 * <li>the same key with the same request (keyed hash of method, path, query, body) gets the stored answer again,
 *     with {@code Idempotent-Replayed: true}, and nothing runs;</li>
 * <li>the same key with another request: 422 {@code idempotency_key_reused};</li>
 * <li>the same key while the first request still runs: 409 {@code idempotency_key_in_progress};</li>
 * <li>an empty key or one longer than {@value #KEY_MAX} characters: 400 naming {@code Idempotency-Key}.</li>
 * </ul>
 * Public routes (login) ignore the header: there is no user to keep the key for. An answer whose route marks it
 * with {@link #holdsSecret} (a new API token, a generated SIP password: only hashes of those are stored) is not kept: the retry gets
 * 409 {@code idempotency_secret_not_kept} instead, and the create still does not run twice.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int KEY_MAX = 255;
    /** Headers of the first answer a retry gets again: where the created resource is, and its version. */
    static final List<String> KEPT_HEADERS = List.of("Location", "ETag");
    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);
    private static final String CLAIM = "centralino.idempotency.claim";
    private static final String SECRET = "centralino.idempotency.secret";

    private record Claim(String username, String key) {
    }

    /** Thrown by the before handler to answer with a stored response instead of running the route. */
    private static final class Replay extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StoredResponse response;

        Replay(StoredResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private final IdempotencyService service;

    /** @param service null to ignore the header (a server built without the store) */
    Idempotency(IdempotencyService service) {
        this.service = service;
    }

    /** Call after {@link Authenticator} is registered: the before handler needs the authenticated account. */
    void register(RoutesConfig routes) {
        routes.beforeMatched(this::before);
        routes.after(this::after);
        routes.exception(Replay.class, (e, ctx) -> replay(ctx, e.response));
    }

    private void before(Context ctx) {
        String header = ctx.header(HEADER);
        UserAccount account = ctx.attribute(Authenticator.ACCOUNT_ATTRIBUTE);
        if (service == null || header == null || ctx.method() != HandlerType.POST || account == null) {
            return;
        }
        String key = key(header);
        String fingerprint = fingerprint(ctx);
        switch (service.begin(account.username(), key, fingerprint)) {
            case Begin.Started s -> ctx.attribute(CLAIM, new Claim(account.username(), key));
            case Begin.Replay r -> throw new Replay(r.response());
            case Begin.InProgress p -> throw new ApiException(409, "idempotency_key_in_progress", "a request with "
                + "this Idempotency-Key is still being handled; retry when it has been answered");
            case Begin.Reused u -> throw new ApiException(422, "idempotency_key_reused", "this Idempotency-Key was "
                + "used for a different request (method, path or body); use a new key for a new request");
        }
    }

    /**
     * Marks the answer as holding a secret shown once, which must not be kept in the idempotency store (only hashes
     * of secrets are stored anywhere).
     */
    static void holdsSecret(Context ctx) {
        ctx.attribute(SECRET, Boolean.TRUE);
    }

    /** Stores the answer of the request that claimed a key; runs after the route and after error mapping. */
    private void after(Context ctx) {
        Claim claim = ctx.attribute(CLAIM);
        if (claim == null) {
            return;
        }
        ctx.attribute(CLAIM, null);
        int status = ctx.statusCode();
        if (status >= 500) {
            abandonQuietly(claim);
            return;
        }
        try {
            service.complete(claim.username(), claim.key(), stored(ctx, status));
        } catch (RuntimeException e) {
            // the request is done and its answer stands: failing it now would tell the client it did not happen
            log.warn("cannot keep the answer to {} {} for Idempotency-Key of {}; a retry will run again",
                ctx.method(), ctx.path(), claim.username(), e);
            abandonQuietly(claim);
        }
    }

    private static StoredResponse stored(Context ctx, int status) {
        if (Boolean.TRUE.equals(ctx.attribute(SECRET)) && status < 300) {
            return new StoredResponse(409, "application/json", "{\"code\":\"idempotency_secret_not_kept\","
                + "\"message\":\"the request with this Idempotency-Key succeeded (status " + status + ") and is not "
                + "repeated; its answer held a secret shown only once, which the server does not keep\"}");
        }
        byte[] body = body(ctx);
        return new StoredResponse(status, ctx.res().getContentType(), new String(body, StandardCharsets.UTF_8),
            keptHeaders(ctx));
    }

    private static Map<String, String> keptHeaders(Context ctx) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    private void abandonQuietly(Claim claim) {
        try {
            service.abandon(claim.username(), claim.key());
        } catch (RuntimeException e) {
            log.warn("cannot release the Idempotency-Key claim of {}; it is taken again after {}", claim.username(),
                IdempotencyService.ABANDONED_AFTER, e);
        }
    }

    /** The answer's bytes; the stream is replaced by the same bytes so the client still gets them. */
    private static byte[] body(Context ctx) {
        InputStream in = ctx.resultInputStream();
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            ctx.result(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer to store it for its Idempotency-Key", e);
        }
    }

    private static void replay(Context ctx, StoredResponse r) {
        ctx.status(r.status()).header(REPLAYED, "true");
        r.headers().forEach(ctx::header);
        if (r.contentType() != null) {
            ctx.contentType(r.contentType());
        }
        ctx.result(r.body().getBytes(StandardCharsets.UTF_8));
    }

    /** The key: an sf-string ("...") as the draft defines it, or the bare value clients often send. */
    static String key(String header) {
        String k = header.strip();
        if (k.length() >= 2 && k.startsWith("\"") && k.endsWith("\"")) {
            k = k.substring(1, k.length() - 1);
        }
        if (k.isEmpty() || k.length() > KEY_MAX) {
            throw ApiException.field(400, "invalid_header", HEADER, "must be 1 to " + KEY_MAX + " characters, not "
                + k.length());
        }
        if (!k.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw ApiException.field(400, "invalid_header", HEADER, "must be printable ASCII (a UUID is usual)");
        }
        return k;
    }

    /**
     * HMAC-SHA-256 over method, path, query and body under a key outside the database (the body may be a
     * password): the same key with another request is refused, not replayed.
     */
    String fingerprint(Context ctx) {
        String query = ctx.queryString();
        return service.fingerprint(ctx.method().name() + " " + ctx.path() + (query == null ? "" : "?" + query),
            RequestBody.readOnce(ctx));
    }
}
