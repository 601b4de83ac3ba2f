package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.centralino.core.rights.Group;
import org.centralino.core.rights.GroupDraft;
import org.centralino.core.rights.GroupService;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/groups}: administrators manage groups of extensions and their rights (seed 002); paged by name. */
final class GroupRoutes {
    static final String BASE = "/api/v1/groups";
    static final String LIST = "groups";

    private final AccountServices services;
    private final JsonMapper mapper;
    private final Auditor audit;

    GroupRoutes(AccountServices services, JsonMapper mapper, Auditor audit) {
        this.services = services;
        this.mapper = mapper;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.ADMIN);
        routes.post(BASE, this::create, Access.ADMIN);
        routes.get(BASE + "/{id}", this::get, Access.ADMIN);
        routes.patch(BASE + "/{id}", this::patch, Access.ADMIN);
        routes.delete(BASE + "/{id}", this::delete, Access.ADMIN);
    }

    private void list(Context ctx) {
        PageRequest page = Paging.request(ctx, LIST, Set.of(), p -> !p.isEmpty() && p.length() <= 100);
        List<Group> sorted = groups().list().stream().sorted(Comparator.comparing(Group::name)).toList();
        ctx.json(Paging.page(sorted, Group::name, Comparator.naturalOrder(), page, LIST, GroupJson::of));
    }

    private void create(Context ctx) {
        GroupDraft draft = GroupBody.read(JsonBody.object(ctx, mapper));
        Group created = groups().create(draft);
        audit.record(ctx, "group.create", "group", created.id(), null, GroupJson.of(created));
        Preconditions.etag(ctx, created.version());
        ctx.status(201).header("Location", BASE + "/" + created.id());
        ctx.json(GroupJson.of(created));
    }

    private void get(Context ctx) {
        Group g = groups().get(ctx.pathParam("id"));
        Preconditions.etag(ctx, g.version());
        ctx.json(GroupJson.of(g));
    }

    private void patch(Context ctx) {
        Group before = groups().get(ctx.pathParam("id")); // 404 before 400: the resource comes first
        GroupDraft draft = GroupBody.read(JsonBody.object(ctx, mapper));
        Group saved = groups().patch(before.id(), draft, Preconditions.ifMatch(ctx));
        if (saved.version() != before.version()) {
            audit.record(ctx, "group.update", "group", saved.id(), GroupJson.of(before), GroupJson.of(saved));
        }
        Preconditions.etag(ctx, saved.version());
        ctx.json(GroupJson.of(saved));
    }

    private void delete(Context ctx) {
        Group before = groups().get(ctx.pathParam("id"));
        groups().delete(before.id(), Preconditions.ifMatch(ctx));
        audit.record(ctx, "group.delete", "group", before.id(), GroupJson.of(before), null);
        ctx.status(204);
    }

    private GroupService groups() {
        return services.requireGroups();
    }
}
