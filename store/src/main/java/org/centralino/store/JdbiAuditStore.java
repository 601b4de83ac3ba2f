package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.centralino.core.audit.AuditEntry;
import org.centralino.core.audit.AuditQuery;
import org.centralino.core.audit.AuditStore;

/** The audit log in {@code audit_log}; pages newest first with keyset paging on (at, id). */
public final class JdbiAuditStore implements AuditStore {
    private static final String COLUMNS = "id, at, actor, action, entity_type, entity_id, before_json, after_json";

    private final Database db;

    public JdbiAuditStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void append(AuditEntry e) {
        db.write(h -> h.createUpdate("INSERT INTO audit_log (" + COLUMNS + ") VALUES (:id, :at, :actor, :action, "
                + ":type, :entityId, :before, :after)")
            .bind("id", e.id()).bind("at", e.at().toEpochMilli()).bind("actor", e.actor()).bind("action", e.action())
            .bind("type", e.entityType()).bind("entityId", e.entityId()).bind("before", e.before())
            .bind("after", e.after()).execute());
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        List<String> where = new ArrayList<>();
        if (q.actor() != null) {
            where.add("actor = :actor");
        }
        if (q.entityType() != null) {
            where.add("entity_type = :type");
        }
        if (q.entityId() != null) {
            where.add("entity_id = :entityId");
        }
        if (q.after() != null) {
            where.add("(at < :cursorAt OR (at = :cursorAt AND id < :cursorId))");
        }
        String sql = "SELECT " + COLUMNS + " FROM audit_log" + (where.isEmpty() ? "" : " WHERE "
            + String.join(" AND ", where)) + " ORDER BY at DESC, id DESC LIMIT :limit";
        return db.read(h -> {
            var query = h.createQuery(sql).bind("limit", q.limit());
            if (q.actor() != null) {
                query.bind("actor", q.actor());
            }
            if (q.entityType() != null) {
                query.bind("type", q.entityType());
            }
            if (q.entityId() != null) {
                query.bind("entityId", q.entityId());
            }
            if (q.after() != null) {
                query.bind("cursorAt", q.after().at().toEpochMilli()).bind("cursorId", q.after().id());
            }
            return query.map((rs, ctx) -> row(rs)).list();
        });
    }

    private static AuditEntry row(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
            rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
            rs.getString("before_json"), rs.getString("after_json"));
    }
}
