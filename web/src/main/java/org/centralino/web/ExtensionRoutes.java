package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.CreatedExtension;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionPatch;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.NewExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/extensions}: a thin HTTP layer over {@link ExtensionService}, open to delegated administrators
 * within their scope ({@link ExtensionAccess}); every change goes to the audit log.
 */
final class ExtensionRoutes {
    static final String BASE = "/api/v1/extensions";
    private static final Set<String> CREATE_FIELDS = Set.of("number", "name", "email", "mobile", "sipPassword",
        "digestAlgorithms", "ringTimeoutSeconds", "mohClass");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "email", "mobile", "sipPassword",
        "digestAlgorithms", "enabled", "ringTimeoutSeconds", "mohClass");

    private final ExtensionService service;
    private final JsonMapper mapper;
    private final ExtensionAccess access;
    private final Auditor audit;

    ExtensionRoutes(ExtensionService service, JsonMapper mapper, ExtensionAccess access, Auditor audit) {
        this.service = service;
        this.mapper = mapper;
        this.access = access;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.AUTHENTICATED);
        routes.post(BASE, this::create, Access.AUTHENTICATED);
        routes.get(BASE + "/{number}", this::get, Access.AUTHENTICATED);
        routes.patch(BASE + "/{number}", this::patch, Access.AUTHENTICATED);
        routes.delete(BASE + "/{number}", this::delete, Access.AUTHENTICATED);
    }

    private void list(Context ctx) {
        UserAccount caller = Caller.of(ctx);
        access.requireAdministrator(caller);
        ctx.json(new ListJson<>(service.list().stream().filter(e -> access.canManage(caller, e.number()))
            .map(ExtensionJson::of).toList()));
    }

    private void create(Context ctx) {
        access.requireAll(Caller.of(ctx), "creating extensions");
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), CREATE_FIELDS);
        NewExtension req = new NewExtension(body.string("number"), body.string("name"), body.string("email"),
            body.string("mobile"), body.string("sipPassword"), body.stringList("digestAlgorithms"),
            body.integer("ringTimeoutSeconds"), body.string("mohClass"));
        body.done();
        CreatedExtension created = service.create(req);
        audit.record(ctx, "extension.create", "extension", created.extension().number(), null,
            ExtensionJson.of(created.extension()));
        ctx.status(201).header("Location", BASE + "/" + created.extension().number());
        ctx.header("Cache-Control", "no-store"); // it may carry the generated password
        ctx.json(ExtensionJson.created(created));
    }

    private void get(Context ctx) {
        access.requireManage(Caller.of(ctx), ctx.pathParam("number"));
        ctx.json(ExtensionJson.of(service.get(ctx.pathParam("number"))));
    }

    private void patch(Context ctx) {
        String number = ctx.pathParam("number");
        access.requireManage(Caller.of(ctx), number);
        Extension before = service.get(number); // 404 before 400/415: the resource is the first thing wrong
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), PATCH_FIELDS);
        ExtensionPatch patch = new ExtensionPatch(body.stringChange("name"), body.stringChange("email"),
            body.stringChange("mobile"), body.stringChange("sipPassword"), body.stringListChange("digestAlgorithms"),
            body.booleanChange("enabled"), body.integerChange("ringTimeoutSeconds"), body.stringChange("mohClass"));
        body.done();
        Extension saved = service.patch(number, patch);
        if (!saved.equals(before)) {
            String action = patch.sipPassword().isChanged() ? "extension.sip_password_set" : "extension.update";
            audit.record(ctx, action, "extension", number, ExtensionJson.of(before),
                ExtensionJson.of(saved));
        }
        ctx.json(ExtensionJson.of(saved));
    }

    private void delete(Context ctx) {
        access.requireAll(Caller.of(ctx), "deleting extensions");
        Extension before = service.get(ctx.pathParam("number"));
        service.delete(before.number());
        audit.record(ctx, "extension.delete", "extension", before.number(), ExtensionJson.of(before), null);
        ctx.status(204);
    }
}
