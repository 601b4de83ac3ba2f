package org.centralino.web;

import org.centralino.core.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An audit entry; before and after are the entity's JSON as recorded (null for a create or a delete). */
record AuditJson(String id, String at, String actor, String action, String entityType, String entityId,
                 JsonNode before, JsonNode after) {

    static AuditJson of(AuditEntry e, JsonMapper mapper) {
        return new AuditJson(e.id(), e.at().toString(), e.actor(), e.action(), e.entityType(), e.entityId(),
            e.before() == null ? null : mapper.readTree(e.before()),
            e.after() == null ? null : mapper.readTree(e.after()));
    }
}
