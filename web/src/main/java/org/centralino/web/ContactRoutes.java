package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.phonebook.Book;
import org.centralino.core.phonebook.Contact;
import org.centralino.core.phonebook.ContactCursor;
import org.centralino.core.phonebook.ContactFields;
import org.centralino.core.phonebook.ContactForbiddenException;
import org.centralino.core.phonebook.ContactNotFoundException;
import org.centralino.core.phonebook.ContactPage;
import org.centralino.core.phonebook.ContactPatch;
import org.centralino.core.phonebook.ContactQuery;
import org.centralino.core.phonebook.PhonebookService;
import org.centralino.core.version.ExpectedVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/phonebook/shared} (the company phonebook) and {@code /api/v1/contacts} (the caller's personal
 * contacts, and others' public ones with {@code ?scope=public}): a thin HTTP layer over {@link PhonebookService},
 * which holds the rights.
 */
final class ContactRoutes {
    static final String SHARED = "/api/v1/phonebook/shared";
    static final String CONTACTS = "/api/v1/contacts";
    private static final Set<String> SHARED_FIELDS = Set.of("firstName", "lastName", "company", "department", "title",
        "workPhone", "mobilePhone", "homePhone", "email", "notes");
    private static final Set<String> PERSONAL_FIELDS = union(SHARED_FIELDS, "visibility");
    private static final Set<String> SHARED_LIST_PARAMS = Set.of("limit", "cursor");
    private static final Set<String> PERSONAL_LIST_PARAMS = Set.of("limit", "cursor", "scope");

    private final PhonebookService service;
    private final JsonMapper mapper;
    private final Auditor audit;

    /** @param audit records changes of the shared phonebook (personal contacts are the owner's own business) */
    ContactRoutes(PhonebookService service, JsonMapper mapper, Auditor audit) {
        this.service = service;
        this.mapper = mapper;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.exception(ContactNotFoundException.class, (e, ctx) -> ErrorMapping.answer(ctx, 404,
            ApiError.of("contact_not_found", e.getMessage())));
        routes.exception(ContactForbiddenException.class, (e, ctx) -> ErrorMapping.answer(ctx, 403,
            ApiError.of("forbidden", e.getMessage())));
        for (Book book : Book.values()) {
            String base = base(book);
            routes.get(base, ctx -> list(ctx, book), Access.AUTHENTICATED);
            routes.post(base, ctx -> create(ctx, book), Access.AUTHENTICATED);
            routes.get(base + "/{id}", ctx -> get(ctx, book), Access.AUTHENTICATED);
            routes.patch(base + "/{id}", ctx -> patch(ctx, book), Access.AUTHENTICATED);
            routes.delete(base + "/{id}", ctx -> delete(ctx, book), Access.AUTHENTICATED);
        }
    }

    static String base(Book book) {
        return book == Book.SHARED ? SHARED : CONTACTS;
    }

    private void list(Context ctx, Book book) {
        UserAccount me = Caller.of(ctx);
        QueryParams p = new QueryParams(ctx, book == Book.SHARED ? SHARED_LIST_PARAMS : PERSONAL_LIST_PARAMS);
        int limit = p.integer("limit", 1, ContactQuery.MAX_LIMIT, ContactQuery.DEFAULT_LIMIT);
        String cursorToken = p.string("cursor");
        ContactCursor cursor = cursorToken == null ? null : ContactCursor.decode(cursorToken).orElse(null);
        if (cursorToken != null && cursor == null) {
            p.invalid("cursor", "is not a cursor this API returned; pass nextCursor from the previous page");
        }
        ContactQuery.Scope scope = new ContactQuery.Scope.Shared();
        if (book == Book.PERSONAL) {
            String s = p.string("scope");
            scope = s == null || s.equals("mine") ? new ContactQuery.Scope.OwnedBy(me.username())
                : s.equals("public") ? new ContactQuery.Scope.Public() : null;
            if (scope == null) {
                p.invalid("scope", "must be mine (your contacts) or public (every user's public contacts)");
            }
        }
        p.done();
        ContactPage page = service.list(scope, cursor, limit);
        ctx.json(new PageJson<>(page.items().stream().map(ContactJson::of).toList(),
            page.next() == null ? null : page.next().encode()));
    }

    private void create(Context ctx, Book book) {
        UserAccount me = Caller.of(ctx);
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), book == Book.SHARED ? SHARED_FIELDS
            : PERSONAL_FIELDS);
        String visibility = body.string("visibility");
        ContactFields fields = new ContactFields(body.string("firstName"), body.string("lastName"),
            body.string("company"), body.string("department"), body.string("title"), body.string("workPhone"),
            body.string("mobilePhone"), body.string("homePhone"), body.string("email"), body.string("notes"));
        body.done();
        Contact created = service.create(book, visibility, fields, me);
        audited(ctx, book, "create", created.id(), null, created);
        ctx.status(201).header("Location", base(book) + "/" + created.id());
        answer(ctx, created);
    }

    private void get(Context ctx, Book book) {
        answer(ctx, service.get(book, ctx.pathParam("id"), Caller.of(ctx)));
    }

    private void patch(Context ctx, Book book) {
        UserAccount me = Caller.of(ctx);
        String id = ctx.pathParam("id");
        Contact before = service.get(book, id, me); // 404 before 400/415: the resource is the first thing wrong
        ExpectedVersion ifMatch = Preconditions.ifMatch(ctx);
        JsonFields body = new JsonFields(JsonBody.object(ctx, mapper), book == Book.SHARED ? SHARED_FIELDS
            : PERSONAL_FIELDS);
        ContactPatch patch = new ContactPatch(body.stringChange("visibility"), body.stringChange("firstName"),
            body.stringChange("lastName"), body.stringChange("company"), body.stringChange("department"),
            body.stringChange("title"), body.stringChange("workPhone"), body.stringChange("mobilePhone"),
            body.stringChange("homePhone"), body.stringChange("email"), body.stringChange("notes"));
        body.done();
        Contact after = service.patch(book, id, patch, ifMatch, me);
        audited(ctx, book, "update", id, before, after);
        answer(ctx, after);
    }

    private void delete(Context ctx, Book book) {
        UserAccount me = Caller.of(ctx);
        String id = ctx.pathParam("id");
        Contact before = book == Book.SHARED ? service.get(book, id, me) : null;
        service.delete(book, id, Preconditions.ifMatch(ctx), me);
        audited(ctx, book, "delete", id, before, null);
        ctx.status(204);
    }

    private void audited(Context ctx, Book book, String action, String id, Contact before, Contact after) {
        if (book == Book.SHARED) {
            audit.record(ctx, "phonebook.shared." + action, "contact", id,
                before == null ? null : ContactJson.of(before), after == null ? null : ContactJson.of(after));
        }
    }

    private static void answer(Context ctx, Contact c) {
        Preconditions.etag(ctx, c.version());
        ctx.json(ContactJson.of(c));
    }

    private static Set<String> union(Set<String> a, String b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.add(b);
        return Set.copyOf(out);
    }
}
