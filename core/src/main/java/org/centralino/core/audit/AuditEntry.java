package org.centralino.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change an administrator made: who, what, to which entity, when, and the entity before and after as the API
 * shows it (JSON text, never secrets or password hashes).
 *
 * @param action     a dotted verb such as {@code user.create} or {@code extension.update}
 * @param entityType {@code user}, {@code group}, {@code scope}, {@code extension}, ...
 * @param before     the entity before the change as JSON, or null when it was created
 * @param after      the entity after the change as JSON, or null when it was deleted
 */
public record AuditEntry(String id, Instant at, String actor, String action, String entityType, String entityId,
                         String before, String after) {
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }
}
