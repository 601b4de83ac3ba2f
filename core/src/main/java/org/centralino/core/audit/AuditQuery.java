package org.centralino.core.audit;

import java.time.Instant;

/**
 * A page of the audit log, newest first.
 *
 * @param actor      only this actor's entries, or null
 * @param entityType only entries about this type, or null
 * @param entityId   only entries about this entity (with {@code entityType}), or null
 * @param after      the position to continue after (the last entry of the previous page), or null for the newest
 * @param limit      how many entries at most
 */
public record AuditQuery(String actor, String entityType, String entityId, Position after, int limit) {
    /** An entry's place in the newest-first order: time, then id for entries of the same millisecond. */
    public record Position(Instant at, String id) {
    }
}
