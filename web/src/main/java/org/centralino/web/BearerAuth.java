package org.centralino.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;

/**
 * Runs before every matched route: a route that is not {@link Access#PUBLIC} needs
 * {@code Authorization: Bearer <token>} (RFC 6750 §2.1) of a live session, else 401 with a
 * {@code WWW-Authenticate} challenge (RFC 6750 §3); a live session of the wrong role gets 403.
 */
final class BearerAuth {
    static final String ACCOUNT_ATTRIBUTE = "centralino.account";
    static final String TOKEN_ATTRIBUTE = "centralino.token";
    private static final String CHALLENGE = "Bearer realm=\"centralino\"";

    private final AuthService auth;

    BearerAuth(AuthService auth) {
        this.auth = auth;
    }

    void check(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        Optional<String> token = token(ctx.header("Authorization"));
        if (token.isEmpty()) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new ApiException(401, "unauthorized", "this endpoint needs an 'Authorization: Bearer <token>' "
                + "header; get a token from POST /api/v1/auth/login");
        }
        UserAccount account = auth.authenticate(token.get()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
            return new ApiException(401, "unauthorized", "the bearer token is unknown, expired or logged out; "
                + "log in again");
        });
        if (ctx.routeRoles().contains(Access.ADMIN) && account.role() != Role.ADMIN) {
            throw new ApiException(403, "forbidden", "this endpoint is for administrators");
        }
        ctx.attribute(ACCOUNT_ATTRIBUTE, account);
        ctx.attribute(TOKEN_ATTRIBUTE, token.get());
    }

    /** The token of an {@code Authorization: Bearer} header; the scheme is case-insensitive (RFC 7235 §2.1). */
    static Optional<String> token(String header) {
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
