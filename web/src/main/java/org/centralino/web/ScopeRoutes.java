package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.centralino.core.rights.AdminScope;
import org.centralino.core.rights.ExtensionScope;
import org.centralino.core.validation.ValidationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/users/{username}/scope}: the delegated administration of a user (seed 002). GET answers the scope
 * that applies (FULL for an ADMIN) and {@code stored}, what PUT last wrote; PUT replaces it whole (absent flags are
 * false). The ETag is the stored scope's version ({@code "0"} when never set); PUT honours If-Match.
 */
final class ScopeRoutes {
    static final String PATH = "/api/v1/users/{username}/scope";
    private static final Set<String> FIELDS = Set.of("extensions", "trunks", "system", "reports", "recordings");

    private final AccountServices services;
    private final JsonMapper mapper;
    private final Auditor audit;

    ScopeRoutes(AccountServices services, JsonMapper mapper, Auditor audit) {
        this.services = services;
        this.mapper = mapper;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::get, Access.ADMIN);
        routes.put(PATH, this::put, Access.ADMIN);
    }

    private record ScopeAnswer(String username, ScopeJson effective, ScopeJson stored) {
    }

    private void get(Context ctx) {
        String username = ctx.pathParam("username");
        ScopeAnswer answer = answer(username);
        Preconditions.etag(ctx, services.requireScopes().version(username));
        ctx.json(answer);
    }

    private void put(Context ctx) {
        String username = ctx.pathParam("username");
        ScopeJson before = ScopeJson.of(services.requireScopes().stored(username)); // 404 before 400
        var expected = Preconditions.ifMatch(ctx);
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), FIELDS);
        String extensions = body.string("extensions");
        boolean trunks = flag(body, "trunks");
        boolean system = flag(body, "system");
        boolean reports = flag(body, "reports");
        boolean recordings = flag(body, "recordings");
        body.done();
        AdminScope scope = new AdminScope(extensionScope(extensions), trunks, system, reports, recordings);
        services.requireScopes().set(username, scope, expected);
        audit.record(ctx, "scope.set", "scope", username, before, ScopeJson.of(scope));
        ScopeAnswer answer = answer(username);
        Preconditions.etag(ctx, services.requireScopes().version(username));
        ctx.json(answer);
    }

    private ScopeAnswer answer(String username) {
        return new ScopeAnswer(username, ScopeJson.of(services.requireScopes().get(username)),
            ScopeJson.of(services.requireScopes().stored(username)));
    }

    private static boolean flag(JsonFields body, String field) {
        Boolean v = body.booleanChange(field).orElse(null);
        return v != null && v;
    }

    private static ExtensionScope extensionScope(String v) {
        if (v != null) {
            for (ExtensionScope s : ExtensionScope.values()) {
                if (s.name().equals(v)) {
                    return s;
                }
            }
        }
        throw new ValidationException(Map.of("extensions", v == null ? "is required: NONE, OWN, GROUPS or ALL"
            : "must be NONE, OWN, GROUPS or ALL, not '" + JsonBody.shorten(v) + "'"));
    }
}
