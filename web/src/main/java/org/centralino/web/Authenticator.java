package org.centralino.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.Authenticated;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.rights.AdminScope;

/**
 * Runs before every matched route: a route that is not {@link Access#PUBLIC} needs a live session or API token,
 * either as {@code Authorization: Bearer <token>} (RFC 6750 §2.1; scripts, the API) or as the
 * {@value SessionCookie#NAME} cookie (the browser UI). Without one: 401 with a {@code WWW-Authenticate} challenge
 * (RFC 6750 §3); a live one of the wrong role (or without the delegated right the route needs) gets 403.
 * <p>
 * A browser sends the cookie on its own, also on requests a hostile page makes it send, so a cookie-authenticated
 * POST, PUT, PATCH or DELETE must also carry {@code X-CSRF-Token} with the session's CSRF token, which only a
 * page of ours can read (from the login answer or {@code GET /auth/session}); else 403 {@code csrf_failed}. A
 * bearer token is never sent by a browser on its own, so it needs no such header.
 */
final class Authenticator {
    static final String ACCOUNT_ATTRIBUTE = "centralino.account";
    static final String TOKEN_ATTRIBUTE = "centralino.token";
    static final String AUTHENTICATED_ATTRIBUTE = "centralino.authenticated";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CHALLENGE = "Bearer realm=\"centralino\"";
    /** RFC 9110 §9.2.1: the methods that change nothing. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuthService auth;
    private final Function<UserAccount, AdminScope> scopes;

    /** @param scopes the delegated scope of a user, for {@link Access#REPORTS} and {@link Access#SYSTEM} */
    Authenticator(AuthService auth, Function<UserAccount, AdminScope> scopes) {
        this.auth = auth;
        this.scopes = scopes;
    }

    void check(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        Optional<String> bearer = bearer(ctx.header("Authorization"));
        String cookie = bearer.isPresent() ? null : SessionCookie.read(ctx);
        String token = bearer.orElse(cookie);
        if (token == null) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new ApiException(401, "unauthorized", "this endpoint needs an 'Authorization: Bearer <token>' "
                + "header or the session cookie; get a token from POST /api/v1/auth/login");
        }
        Authenticated who = auth.resolve(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
            if (cookie != null) {
                SessionCookie.clear(ctx); // a dead session: the browser need not send it again
            }
            return new ApiException(401, "unauthorized", (cookie != null ? "the session" : "the bearer token")
                + " is unknown, expired or logged out, or the user is disabled; log in again");
        });
        if (cookie != null && !SAFE_METHODS.contains(ctx.method().name())
            && !AuthService.csrfMatches(who, ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "csrf_failed", "a change made with the session cookie needs the header "
                + CSRF_HEADER + " with the session's csrfToken (from the login answer or GET /api/v1/auth/session)");
        }
        checkRole(ctx, who.account());
        ctx.attribute(ACCOUNT_ATTRIBUTE, who.account());
        ctx.attribute(TOKEN_ATTRIBUTE, token);
        ctx.attribute(AUTHENTICATED_ATTRIBUTE, who);
    }

    private void checkRole(Context ctx, UserAccount user) {
        if (user.role() == Role.ADMIN) {
            return;
        }
        if (ctx.routeRoles().contains(Access.ADMIN)) {
            throw new ApiException(403, "forbidden", "this endpoint is for administrators");
        }
        if (ctx.routeRoles().contains(Access.REPORTS) && !scopes.apply(user).reports()) {
            throw new ApiException(403, "forbidden", "this endpoint is for administrators and users with the "
                + "delegated right 'reports'");
        }
        if (ctx.routeRoles().contains(Access.SYSTEM) && !scopes.apply(user).system()) {
            throw new ApiException(403, "forbidden", "this endpoint is for administrators and users with the "
                + "delegated right 'system'");
        }
    }

    /** The token of an {@code Authorization: Bearer} header; the scheme is case-insensitive (RFC 7235 §2.1). */
    static Optional<String> bearer(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.length() <= 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        String token = h.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
