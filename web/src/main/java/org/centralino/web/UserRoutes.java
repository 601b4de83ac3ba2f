package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.account.UserDraft;
import org.centralino.core.account.UserPatch;
import org.centralino.core.account.UserService;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/users}: administrators manage users; every change goes to the audit log. */
final class UserRoutes {
    static final String BASE = "/api/v1/users";
    static final String LIST = "users";
    private static final Set<String> CREATE_FIELDS = Set.of("username", "password", "displayName", "email", "mobile",
        "language", "timeZone", "dateFormat", "extension", "role", "enabled");
    private static final Set<String> PATCH_FIELDS = Set.of("password", "displayName", "email", "mobile", "language",
        "timeZone", "dateFormat", "extension", "role", "enabled");

    private final AccountServices services;
    private final JsonMapper mapper;
    private final Auditor audit;

    UserRoutes(AccountServices services, JsonMapper mapper, Auditor audit) {
        this.services = services;
        this.mapper = mapper;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.ADMIN);
        routes.post(BASE, this::create, Access.ADMIN);
        routes.get(BASE + "/{username}", this::get, Access.ADMIN);
        routes.patch(BASE + "/{username}", this::patch, Access.ADMIN);
        routes.delete(BASE + "/{username}", this::delete, Access.ADMIN);
    }

    private void list(Context ctx) {
        PageRequest page = Paging.request(ctx, LIST, Set.of(), p -> !p.isEmpty() && p.length() <= 64);
        List<UserAccount> sorted = users().list().stream().sorted(Comparator.comparing(UserAccount::username))
            .toList();
        ctx.json(Paging.page(sorted, UserAccount::username, Comparator.naturalOrder(), page, LIST, UserJson::of));
    }

    private void create(Context ctx) {
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), CREATE_FIELDS);
        UserDraft draft = new UserDraft(body.string("username"), body.string("password"), body.string("displayName"),
            body.string("email"), body.string("mobile"), body.string("language"), body.string("timeZone"),
            body.string("dateFormat"), body.string("extension"), body.string("role"),
            body.booleanChange("enabled").orElse(null));
        body.done();
        UserAccount created = users().create(draft);
        audit.record(ctx, "user.create", "user", created.username(), null, UserJson.of(created));
        Preconditions.etag(ctx, created.version());
        ctx.status(201).header("Location", BASE + "/" + created.username());
        ctx.json(UserJson.of(created));
    }

    private void get(Context ctx) {
        UserAccount user = users().get(ctx.pathParam("username"));
        Preconditions.etag(ctx, user.version());
        ctx.json(UserJson.of(user));
    }

    private void patch(Context ctx) {
        UserAccount before = users().get(ctx.pathParam("username")); // 404 before 400: the resource comes first
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), PATCH_FIELDS);
        UserPatch patch = new UserPatch(body.stringChange("displayName"), body.stringChange("email"),
            body.stringChange("mobile"), body.stringChange("language"), body.stringChange("timeZone"),
            body.stringChange("dateFormat"), body.stringChange("extension"), body.stringChange("role"),
            body.booleanChange("enabled"), body.stringChange("password"));
        body.done();
        UserAccount saved = users().patch(before.username(), patch, Preconditions.ifMatch(ctx));
        if (saved.version() != before.version()) {
            audit.record(ctx, patch.password().isChanged() ? "user.password_reset" : "user.update", "user",
                saved.username(), UserJson.of(before), UserJson.of(saved));
        }
        Preconditions.etag(ctx, saved.version());
        ctx.json(UserJson.of(saved));
    }

    private void delete(Context ctx) {
        UserAccount before = users().get(ctx.pathParam("username"));
        users().delete(before.username(), Preconditions.ifMatch(ctx));
        audit.record(ctx, "user.delete", "user", before.username(), UserJson.of(before), null);
        ctx.status(204);
    }

    private UserService users() {
        return services.requireUsers();
    }
}
