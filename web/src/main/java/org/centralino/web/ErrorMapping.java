package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.centralino.core.account.DuplicateAccountException;
import org.centralino.core.account.LastAdminException;
import org.centralino.core.account.LockedOutException;
import org.centralino.core.account.UnknownAccountException;
import org.centralino.core.directory.DuplicateExtensionException;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.rights.DuplicateGroupException;
import org.centralino.core.rights.UnknownGroupException;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.version.VersionMismatchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions into JSON error answers: the domain's refusals into 404/409/412/422, Javalin's own
 * (no route, wrong method, body too large) into the same shape, and anything unexpected into a 500 with
 * an id that is logged once together with the stack trace.
 */
final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.body()));
        routes.exception(ValidationException.class, (e, ctx) -> answer(ctx, 422,
            ApiError.ofFields("validation_failed", e.getMessage(), e.fields())));
        routes.exception(UnknownExtensionException.class, (e, ctx) -> answer(ctx, 404,
            ApiError.of("extension_not_found", e.getMessage())));
        routes.exception(DuplicateExtensionException.class, (e, ctx) -> answer(ctx, 409,
            ApiError.of("duplicate_extension", e.getMessage())));
        routes.exception(UnknownAccountException.class, (e, ctx) -> answer(ctx, 404,
            ApiError.of("user_not_found", e.getMessage())));
        routes.exception(DuplicateAccountException.class, (e, ctx) -> answer(ctx, 409,
            ApiError.of("duplicate_user", e.getMessage())));
        routes.exception(LastAdminException.class, (e, ctx) -> answer(ctx, 409,
            ApiError.of("last_admin", e.getMessage())));
        routes.exception(LockedOutException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(LockedOutException.seconds(e.retryAfter())));
            answer(ctx, 429, ApiError.of("locked_out", e.getMessage()));
        });
        routes.exception(UnknownGroupException.class, (e, ctx) -> answer(ctx, 404,
            ApiError.of("group_not_found", e.getMessage())));
        routes.exception(DuplicateGroupException.class, (e, ctx) -> answer(ctx, 409,
            ApiError.of("duplicate_group", e.getMessage())));
        routes.exception(VersionMismatchException.class, ErrorMapping::preconditionFailed);
        routes.exception(HttpResponseException.class, ErrorMapping::javalinResponse);
        routes.exception(Exception.class, ErrorMapping::unexpected);
    }

    private static void javalinResponse(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String where = ctx.method() + " " + JsonBody.shorten(ctx.path());
        ApiError body = switch (status) {
            case 404 -> ApiError.of("not_found", "no such endpoint: " + where);
            case 405 -> ApiError.of("method_not_allowed", "method " + ctx.method() + " is not allowed on "
                + JsonBody.shorten(ctx.path()) + allowed(e.getDetails()));
            case 413 -> ApiError.of("body_too_large", "the request body is too large");
            default -> ApiError.of(status < 500 ? "http_" + status : "internal_error", e.getMessage());
        };
        answer(ctx, status, body);
    }

    /** 412 with the current version as ETag when it is known, so the client can re-read or retry knowingly. */
    private static void preconditionFailed(VersionMismatchException e, Context ctx) {
        if (e.current() >= 0) {
            Preconditions.etag(ctx, e.current());
        }
        answer(ctx, 412, ApiError.of("precondition_failed", e.getMessage()));
    }

    private static String allowed(Map<String, String> details) {
        String methods = details.get("availableMethods");
        return methods == null ? "" : "; allowed: " + methods.replace("[", "").replace("]", "");
    }

    private static void unexpected(Exception e, Context ctx) {
        String id = UUID.randomUUID().toString();
        log.error("unexpected error {} answering {} {}", id, ctx.method(), ctx.path(), e);
        answer(ctx, 500, new ApiError("internal_error",
            "an unexpected error occurred; the server log has the details under id " + id, null, null, id));
    }

    static void answer(Context ctx, int status, ApiError body) {
        ctx.status(status).json(body);
    }
}
