package org.centralino.web;

import io.javalin.http.Context;
import org.centralino.core.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit entry of a change made through the API: the caller as actor, and the entity before and after as
 * the API shows it (the JSON records of the routes, which hold no secrets or password hashes). Called after the
 * change committed; a server without an audit log records nothing.
 */
final class Auditor {
    private final AuditLog log;
    private final JsonMapper mapper;

    /** @param log null: nothing is recorded (a server built without the accounts services) */
    Auditor(AuditLog log, JsonMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    /**
     * @param before the entity before the change (a JSON record), or null for a create
     * @param after  the entity after the change, or null for a delete
     */
    void record(Context ctx, String action, String entityType, String entityId, Object before, Object after) {
        if (log == null) {
            return;
        }
        log.record(Caller.of(ctx).username(), action, entityType, entityId, json(before), json(after));
    }

    private String json(Object o) {
        return o == null ? null : mapper.writeValueAsString(o);
    }
}
