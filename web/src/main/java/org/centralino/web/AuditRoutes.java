package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.centralino.core.audit.AuditEntry;
import org.centralino.core.audit.AuditQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/audit}: the audit log for administrators, newest first, paged with an opaque cursor, filtered by
 * {@code actor} and by {@code entity} ({@code user}, or one entity as {@code user:anna}).
 */
final class AuditRoutes {
    static final String PATH = "/api/v1/audit";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final AccountServices services;
    private final JsonMapper mapper;

    AuditRoutes(AccountServices services, JsonMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::list, Access.ADMIN);
    }

    private record Page(List<AuditJson> items, String nextCursor) {
    }

    private void list(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        AuditQuery.Position after = cursor(ctx.queryParam("cursor"));
        String actor = blankToNull(ctx.queryParam("actor"));
        String entity = blankToNull(ctx.queryParam("entity"));
        String type = entity;
        String id = null;
        if (entity != null && entity.indexOf(':') > 0) {
            type = entity.substring(0, entity.indexOf(':'));
            id = entity.substring(entity.indexOf(':') + 1);
        }
        List<AuditEntry> entries = services.requireAudit().query(new AuditQuery(actor, type, id, after, limit + 1));
        List<AuditEntry> page = entries.size() > limit ? entries.subList(0, limit) : entries;
        String next = entries.size() > limit ? encode(page.get(page.size() - 1)) : null;
        ctx.json(new Page(page.stream().map(e -> AuditJson.of(e, mapper)).toList(), next));
    }

    private static int limit(String v) {
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(400, "invalid_parameter", "limit must be a whole number from 1 to " + MAX_LIMIT
            + ", not '" + JsonBody.shorten(v) + "'", Map.of("limit", "must be 1 to " + MAX_LIMIT));
    }

    private static String encode(AuditEntry last) {
        String raw = last.at().toEpochMilli() + ":" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditQuery.Position cursor(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(v), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new AuditQuery.Position(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))),
                raw.substring(colon + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ApiException(400, "invalid_parameter", "cursor is not one this API handed out; use the "
                + "nextCursor of the previous page", Map.of("cursor", "is not a valid cursor"));
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
