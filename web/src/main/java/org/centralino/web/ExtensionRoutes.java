package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.CreatedExtension;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionPatch;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.NewExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/extensions}: a thin HTTP layer over {@link ExtensionService}. The list is paged in number order
 * and searchable ({@code ?q=} in number and name); one extension answers with its version as ETag and changes
 * honour If-Match ({@link Preconditions}). Delegated administrators reach the extensions their scope covers
 * ({@link ExtensionAccess}); every change goes to the audit log.
 */
final class ExtensionRoutes {
    static final String BASE = "/api/v1/extensions";
    static final String LIST = "extensions";
    /** Any number the directory can hold (2 to 10 digits; the rule is the use case's): a cursor position. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");
    /** The directory's order: shorter numbers first, then digit by digit ("99" before "100"). */
    static final Comparator<String> BY_NUMBER = Comparator.comparingInt(String::length)
        .thenComparing(Comparator.naturalOrder());
    private static final Set<String> CREATE_FIELDS = Set.of("number", "name", "email", "mobile", "sipPassword",
        "digestAlgorithms", "ringTimeoutSeconds", "mohClass");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "email", "mobile", "sipPassword",
        "digestAlgorithms", "enabled", "ringTimeoutSeconds", "mohClass");

    private final ExtensionService service;
    private final JsonMapper mapper;
    private final ExtensionCsvRoutes csv;
    private final ExtensionAccess access;
    private final Auditor audit;

    ExtensionRoutes(ExtensionService service, JsonMapper mapper, ExtensionAccess access, Auditor audit) {
        this.service = service;
        this.mapper = mapper;
        this.csv = new ExtensionCsvRoutes(service, audit);
        this.access = access;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.AUTHENTICATED);
        routes.post(BASE, this::create, Access.AUTHENTICATED);
        csv.register(routes); // before {number}: "export.csv" is not a number
        routes.get(BASE + "/{number}", this::get, Access.AUTHENTICATED);
        routes.patch(BASE + "/{number}", this::patch, Access.AUTHENTICATED);
        routes.delete(BASE + "/{number}", this::delete, Access.AUTHENTICATED);
    }

    private void list(Context ctx) {
        UserAccount caller = Caller.of(ctx);
        access.requireAdministrator(caller);
        PageRequest page = Paging.request(ctx, LIST, Set.of("q"), p -> NUMBER.matcher(p).matches());
        String q = Paging.single(ctx.queryParamMap(), "q");
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Extension> matching = service.list().stream()
            .filter(e -> needle.isEmpty() || e.number().contains(needle)
                || e.name().toLowerCase(Locale.ROOT).contains(needle))
            .filter(e -> access.canManage(caller, e.number()))
            .toList();
        ctx.json(Paging.page(matching, Extension::number, BY_NUMBER, page, LIST, ExtensionJson::of));
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
        Preconditions.etag(ctx, created.extension().version());
        ctx.header("Cache-Control", "no-store"); // it may carry the generated password
        if (created.generatedSipPassword().isPresent()) {
            Idempotency.holdsSecret(ctx); // SIP passwords are kept only as sealed HA1, not in the idempotency store
        }
        ctx.json(ExtensionJson.created(created));
    }

    private void get(Context ctx) {
        access.requireManage(Caller.of(ctx), ctx.pathParam("number"));
        Extension e = service.get(ctx.pathParam("number"));
        Preconditions.etag(ctx, e.version());
        ctx.json(ExtensionJson.of(e));
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
        Extension saved = service.patch(number, patch, Preconditions.ifMatch(ctx));
        if (saved.version() != before.version()) {
            String action = patch.sipPassword().isChanged() ? "extension.sip_password_set" : "extension.update";
            audit.record(ctx, action, "extension", number, ExtensionJson.of(before), ExtensionJson.of(saved));
        }
        Preconditions.etag(ctx, saved.version());
        ctx.json(ExtensionJson.of(saved));
    }

    private void delete(Context ctx) {
        access.requireAll(Caller.of(ctx), "deleting extensions");
        Extension before = service.get(ctx.pathParam("number"));
        service.delete(before.number(), Preconditions.ifMatch(ctx));
        audit.record(ctx, "extension.delete", "extension", before.number(), ExtensionJson.of(before), null);
        ctx.status(204);
    }
}
