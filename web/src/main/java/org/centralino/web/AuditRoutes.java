package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.audit.AuditEntry;
import org.centralino.core.audit.AuditQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/audit}: the audit log for administrators, newest first, paged with the API's cursors
 * ({@link Paging}), filtered by {@code actor} and by {@code entity} ({@code user}, or one entity as
 * {@code user:anna}). The log is read page by page from the database, keyed by (time, id).
 */
final class AuditRoutes {
    static final String PATH = "/api/v1/audit";
    static final String LIST = "audit";
    /** A cursor position: the time in epoch milliseconds and the id of the last entry shown. */
    private static final Pattern POSITION = Pattern.compile("([0-9]{1,15}):([0-9a-z]{1,32})");

    private final AccountServices services;
    private final JsonMapper mapper;

    AuditRoutes(AccountServices services, JsonMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::list, Access.ADMIN);
    }

    private void list(Context ctx) {
        PageRequest page = Paging.request(ctx, LIST, Set.of("actor", "entity"), p -> POSITION.matcher(p).matches());
        Map<String, List<String>> params = ctx.queryParamMap();
        String actor = blankToNull(Paging.single(params, "actor"));
        String entity = blankToNull(Paging.single(params, "entity"));
        String type = entity;
        String id = null;
        if (entity != null && entity.indexOf(':') > 0) {
            type = entity.substring(0, entity.indexOf(':'));
            id = entity.substring(entity.indexOf(':') + 1);
        }
        List<AuditEntry> entries = services.requireAudit().query(new AuditQuery(actor, type, id,
            after(page.position()), page.limit() + 1));
        boolean more = entries.size() > page.limit();
        List<AuditEntry> shown = more ? entries.subList(0, page.limit()) : entries;
        String next = more ? Paging.cursor(LIST, position(shown.getLast())) : null;
        ctx.json(new PageJson<>(shown.stream().map(e -> AuditJson.of(e, mapper)).toList(), next));
    }

    private static String position(AuditEntry e) {
        return e.at().toEpochMilli() + ":" + e.id();
    }

    private static AuditQuery.Position after(String position) {
        if (position == null) {
            return null;
        }
        var m = POSITION.matcher(position);
        if (!m.matches()) {
            throw Paging.badCursor();
        }
        return new AuditQuery.Position(Instant.ofEpochMilli(Long.parseLong(m.group(1))), m.group(2));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
