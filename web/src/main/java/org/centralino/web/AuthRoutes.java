package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.IssuedToken;
import org.centralino.core.account.LoginResult;
import org.centralino.core.account.UserAccount;
import org.centralino.core.validation.ValidationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/auth}: login, logout and the session of a reloaded page. A login answers the token (for scripts
 * and the bearer header) and sets it as the session cookie (for the browser), with the CSRF token the browser
 * sends back on changes.
 */
final class AuthRoutes {
    private static final Set<String> LOGIN_FIELDS = Set.of("username", "password");

    private final AccountServices services;
    private final JsonMapper mapper;

    AuthRoutes(AccountServices services, JsonMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login, Access.PUBLIC);
        routes.post("/api/v1/auth/logout", this::logout, Access.AUTHENTICATED);
        routes.get("/api/v1/auth/session", this::session, Access.AUTHENTICATED);
    }

    private record LoginJson(String token, String expiresAt, String csrfToken, UserJson user) {
    }

    private record SessionJson(String csrfToken, UserJson user) {
    }

    private void login(Context ctx) {
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), LOGIN_FIELDS);
        String username = body.string("username");
        String password = body.string("password");
        body.done();
        Map<String, String> missing = new LinkedHashMap<>();
        if (username == null) {
            missing.put("username", "is required");
        }
        if (password == null) {
            missing.put("password", "is required");
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        IssuedToken token = switch (services.auth().login(username, password, ctx.ip())) {
            case LoginResult.LoggedIn in -> in.token();
            case LoginResult.Refused r -> throw new ApiException(401, "invalid_credentials",
                "wrong username or password");
            case LoginResult.LockedOut l -> throw lockedOut(ctx, l.retryAfter());
            case LoginResult.Busy b -> throw busy(ctx);
        };
        ctx.header("Cache-Control", "no-store"); // RFC 6749 §5.1: token responses are not cached
        SessionCookie.set(ctx, token.token(), token.expiresAt(), services.clock().instant());
        ctx.json(new LoginJson(token.token(), token.expiresAt().toString(), token.csrfToken(), me(token.account())));
    }

    /** 429 with Retry-After in whole seconds, rounded up so a client that waits that long is let in. */
    private static ApiException lockedOut(Context ctx, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        ctx.header("Retry-After", Long.toString(seconds));
        return new ApiException(429, "locked_out", "too many failed logins for this username or from this address; "
            + "try again in " + seconds + " seconds");
    }

    /** 503 when too many logins verify a password at once; a retry a second later usually finds a slot. */
    private static ApiException busy(Context ctx) {
        ctx.header("Retry-After", "1");
        return new ApiException(503, "login_busy", "too many logins are being checked at once; try again in a second");
    }

    private void logout(Context ctx) {
        services.auth().logout(ctx.attribute(Authenticator.TOKEN_ATTRIBUTE));
        SessionCookie.clear(ctx);
        ctx.status(204);
    }

    private void session(Context ctx) {
        String token = ctx.attribute(Authenticator.TOKEN_ATTRIBUTE);
        String csrf = Caller.credential(ctx).csrfHash() == null ? null : AuthService.csrfTokenFor(token);
        ctx.header("Cache-Control", "no-store");
        ctx.json(new SessionJson(csrf, me(Caller.of(ctx))));
    }

    private UserJson me(UserAccount user) {
        return services.self(user);
    }
}
