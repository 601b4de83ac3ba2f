package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.centralino.core.account.Authenticated;
import org.centralino.core.account.CreatedApiToken;
import org.centralino.core.account.UserAccount;
import org.centralino.core.account.UserPatch;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/me}: the caller's own profile, password and API tokens. */
final class MeRoutes {
    static final String BASE = "/api/v1/me";
    private static final Set<String> PROFILE_FIELDS = Set.of("displayName", "email", "mobile", "language", "timeZone",
        "dateFormat");
    private static final Set<String> PASSWORD_FIELDS = Set.of("currentPassword", "newPassword");
    private static final Set<String> TOKEN_FIELDS = Set.of("name", "expiresInDays");

    private final AccountServices services;
    private final JsonMapper mapper;
    private final Auditor audit;

    MeRoutes(AccountServices services, JsonMapper mapper, Auditor audit) {
        this.services = services;
        this.mapper = mapper;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::get, Access.AUTHENTICATED);
        routes.patch(BASE, this::patch, Access.AUTHENTICATED);
        routes.post(BASE + "/password", this::password, Access.AUTHENTICATED);
        routes.get(BASE + "/tokens", this::tokens, Access.AUTHENTICATED);
        routes.post(BASE + "/tokens", this::createToken, Access.AUTHENTICATED);
        routes.delete(BASE + "/tokens/{id}", this::revokeToken, Access.AUTHENTICATED);
    }

    private void get(Context ctx) {
        UserAccount me = Caller.of(ctx);
        EntityTags.tag(ctx, me.version());
        ctx.json(UserJson.of(me, services.scopeOf(me)));
    }

    private void patch(Context ctx) {
        UserAccount me = Caller.of(ctx);
        Long expected = EntityTags.ifMatch(ctx, me.version());
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), PROFILE_FIELDS);
        UserPatch patch = UserPatch.profile(body.stringChange("displayName"), body.stringChange("email"),
            body.stringChange("mobile"), body.stringChange("language"), body.stringChange("timeZone"),
            body.stringChange("dateFormat"));
        body.done();
        UserAccount saved = expected == null ? services.requireUsers().updateProfile(me.username(), patch)
            : services.requireUsers().patch(me.username(), patch, expected);
        EntityTags.tag(ctx, saved.version());
        ctx.json(UserJson.of(saved, services.scopeOf(saved)));
    }

    /** Changes the caller's password; the caller's other sessions end, this one stays. */
    private void password(Context ctx) {
        Authenticated who = Caller.credential(ctx);
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), PASSWORD_FIELDS);
        String current = body.string("currentPassword");
        String next = body.string("newPassword");
        body.done();
        UserAccount saved = services.requireUsers().changePassword(who.account().username(), current, next,
            who.kind() == Authenticated.Kind.SESSION ? who.tokenHash() : null);
        audit.record(ctx, "user.password_change", "user", saved.username(), UserJson.of(who.account()),
            UserJson.of(saved));
        ctx.status(204);
    }

    private void tokens(Context ctx) {
        ctx.json(new ListJson<>(services.requireTokens().list(Caller.of(ctx).username()).stream()
            .map(TokenJson::of).toList()));
    }

    private void createToken(Context ctx) {
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), TOKEN_FIELDS);
        String name = body.string("name");
        Integer days = body.integer("expiresInDays");
        body.done();
        CreatedApiToken created = services.requireTokens().create(Caller.of(ctx).username(), name, days);
        ctx.header("Cache-Control", "no-store"); // the secret is in the answer
        ctx.status(201);
        ctx.json(TokenJson.of(created.token(), created.secret()));
    }

    private void revokeToken(Context ctx) {
        String id = ctx.pathParam("id");
        if (!services.requireTokens().revoke(Caller.of(ctx).username(), id)) {
            throw new ApiException(404, "token_not_found", "you have no API token with id '" + JsonBody.shorten(id)
                + "'");
        }
        ctx.status(204);
    }
}
