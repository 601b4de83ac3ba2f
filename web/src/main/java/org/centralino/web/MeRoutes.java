package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.account.ApiToken;
import org.centralino.core.account.Authenticated;
import org.centralino.core.account.CreatedApiToken;
import org.centralino.core.account.UserAccount;
import org.centralino.core.account.UserPatch;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/me}: the caller's own profile, password and API tokens. */
final class MeRoutes {
    static final String BASE = "/api/v1/me";
    static final String TOKENS = "tokens";
    /** A token never changes (only its name and expiry exist, both fixed at creation): its ETag is always "1". */
    static final long TOKEN_VERSION = 1;
    private static final Pattern TOKEN_POSITION = Pattern.compile("[0-9]{13}-[0-9a-f]{1,32}");
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
        Preconditions.etag(ctx, me.version());
        ctx.json(services.self(me));
    }

    private void patch(Context ctx) {
        UserAccount me = Caller.of(ctx);
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), PROFILE_FIELDS);
        UserPatch patch = UserPatch.profile(body.stringChange("displayName"), body.stringChange("email"),
            body.stringChange("mobile"), body.stringChange("language"), body.stringChange("timeZone"),
            body.stringChange("dateFormat"));
        body.done();
        UserAccount saved = services.requireUsers().updateProfile(me.username(), patch, Preconditions.ifMatch(ctx));
        Preconditions.etag(ctx, saved.version());
        ctx.json(services.self(saved));
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

    /** Oldest first; the position is the creation time and id, which never change. */
    private void tokens(Context ctx) {
        PageRequest page = Paging.request(ctx, TOKENS, Set.of(), p -> TOKEN_POSITION.matcher(p).matches());
        ctx.json(Paging.page(services.requireTokens().list(Caller.of(ctx).username()), MeRoutes::position,
            Comparator.naturalOrder(), page, TOKENS, TokenJson::of));
    }

    private static String position(ApiToken t) {
        return String.format("%013d-%s", t.createdAt().toEpochMilli(), t.id());
    }

    private void createToken(Context ctx) {
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), TOKEN_FIELDS);
        String name = body.string("name");
        Integer days = body.integer("expiresInDays");
        body.done();
        CreatedApiToken created = services.requireTokens().create(Caller.of(ctx).username(), name, days);
        ctx.header("Cache-Control", "no-store"); // the secret is in the answer
        Idempotency.holdsSecret(ctx);
        ctx.status(201);
        Preconditions.etag(ctx, TOKEN_VERSION);
        ctx.json(TokenJson.of(created.token(), created.secret()));
    }

    private void revokeToken(Context ctx) {
        String id = ctx.pathParam("id");
        Preconditions.check(ctx, "API token '" + JsonBody.shorten(id) + "'", TOKEN_VERSION);
        if (!services.requireTokens().revoke(Caller.of(ctx).username(), id)) {
            throw new ApiException(404, "token_not_found", "you have no API token with id '" + JsonBody.shorten(id)
                + "'");
        }
        ctx.status(204);
    }
}
