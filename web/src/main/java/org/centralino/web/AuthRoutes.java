package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.IssuedToken;
import org.centralino.core.validation.ValidationException;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/auth}: login and logout. */
final class AuthRoutes {
    private static final Set<String> LOGIN_FIELDS = Set.of("username", "password");

    private final AuthService auth;
    private final JsonMapper mapper;

    AuthRoutes(AuthService auth, JsonMapper mapper) {
        this.auth = auth;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login, Access.PUBLIC);
        routes.post("/api/v1/auth/logout", this::logout, Access.AUTHENTICATED);
    }

    private record LoginJson(String token, String expiresAt) {
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
        IssuedToken token = auth.login(username, password).orElseThrow(() -> new ApiException(401,
            "invalid_credentials", "wrong username or password"));
        ctx.header("Cache-Control", "no-store"); // RFC 6749 §5.1: token responses are not cached
        ctx.json(new LoginJson(token.token(), token.expiresAt().toString()));
    }

    private void logout(Context ctx) {
        auth.logout(ctx.attribute(BearerAuth.TOKEN_ATTRIBUTE));
        ctx.status(204);
    }
}
