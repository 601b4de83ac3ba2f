package org.centralino.core.audit;

import java.util.List;

/** Where the audit log lives; append-only. */
public interface AuditStore {
    void append(AuditEntry entry);

    /** Entries matching {@code q}, newest first, at most {@code q.limit()}. */
    List<AuditEntry> query(AuditQuery q);
}
