package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.centralino.core.directory.CreatedExtension;
import org.centralino.core.directory.ExtensionPatch;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.NewExtension;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/extensions}: a thin HTTP layer over {@link ExtensionService}. */
final class ExtensionRoutes {
    static final String BASE = "/api/v1/extensions";
    private static final Set<String> CREATE_FIELDS = Set.of("number", "name", "email", "mobile", "sipPassword",
        "digestAlgorithms", "ringTimeoutSeconds", "mohClass");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "email", "mobile", "sipPassword",
        "digestAlgorithms", "enabled", "ringTimeoutSeconds", "mohClass");

    private final ExtensionService service;
    private final JsonMapper mapper;

    ExtensionRoutes(ExtensionService service, JsonMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.ADMIN);
        routes.post(BASE, this::create, Access.ADMIN);
        routes.get(BASE + "/{number}", this::get, Access.ADMIN);
        routes.patch(BASE + "/{number}", this::patch, Access.ADMIN);
        routes.delete(BASE + "/{number}", this::delete, Access.ADMIN);
    }

    private void list(Context ctx) {
        ctx.json(new ListJson<>(service.list().stream().map(ExtensionJson::of).toList()));
    }

    private void create(Context ctx) {
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), CREATE_FIELDS);
        NewExtension req = new NewExtension(body.string("number"), body.string("name"), body.string("email"),
            body.string("mobile"), body.string("sipPassword"), body.stringList("digestAlgorithms"),
            body.integer("ringTimeoutSeconds"), body.string("mohClass"));
        body.done();
        CreatedExtension created = service.create(req);
        ctx.status(201).header("Location", BASE + "/" + created.extension().number());
        ctx.header("Cache-Control", "no-store"); // it may carry the generated password
        ctx.json(ExtensionJson.created(created));
    }

    private void get(Context ctx) {
        ctx.json(ExtensionJson.of(service.get(ctx.pathParam("number"))));
    }

    private void patch(Context ctx) {
        String number = ctx.pathParam("number");
        service.get(number); // 404 before 400/415: the resource is the first thing wrong
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), PATCH_FIELDS);
        ExtensionPatch patch = new ExtensionPatch(body.stringChange("name"), body.stringChange("email"),
            body.stringChange("mobile"), body.stringChange("sipPassword"), body.stringListChange("digestAlgorithms"),
            body.booleanChange("enabled"), body.integerChange("ringTimeoutSeconds"), body.stringChange("mohClass"));
        body.done();
        ctx.json(ExtensionJson.of(service.patch(number, patch)));
    }

    private void delete(Context ctx) {
        service.delete(ctx.pathParam("number"));
        ctx.status(204);
    }
}
