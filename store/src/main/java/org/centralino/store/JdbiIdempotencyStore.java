package org.centralino.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.idempotency.Begin;
import org.centralino.core.idempotency.IdempotencyStore;
import org.centralino.core.idempotency.StoredResponse;
import org.jdbi.v3.core.Handle;

/**
 * Idempotency keys in table {@code idempotency_key} (V13). The claim is one {@code INSERT ... ON CONFLICT DO
 * NOTHING} (SQLite 3.24+ and PostgreSQL 9.5+): the primary key decides who was first, also between two nodes, and
 * on PostgreSQL a conflicting insert waits for the other transaction, so the row read after it is committed.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {
    private final Database db;

    public JdbiIdempotencyStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    private record Row(String fingerprint, Integer status, String contentType, String body) {
    }

    @Override
    public Begin begin(String username, String key, String fingerprint, Instant now, Instant expiredBefore,
                       Instant abandonedBefore) {
        return db.write(h -> {
            h.createUpdate("DELETE FROM idempotency_key WHERE username = :u AND idem_key = :k AND (created_at < :cutoff "
                    + "OR (status IS NULL AND created_at < :abandoned))")
                .bind("u", username).bind("k", key).bind("cutoff", expiredBefore.toEpochMilli())
                .bind("abandoned", abandonedBefore.toEpochMilli()).execute();
            int inserted = h.createUpdate("INSERT INTO idempotency_key (username, idem_key, fingerprint, created_at) "
                    + "VALUES (:u, :k, :f, :now) ON CONFLICT (username, idem_key) DO NOTHING")
                .bind("u", username).bind("k", key).bind("f", fingerprint).bind("now", now.toEpochMilli()).execute();
            if (inserted == 1) {
                return new Begin.Started();
            }
            Row row = find(h, username, key).orElseThrow(() -> new IllegalStateException("idempotency key of "
                + username + " neither inserted nor found"));
            if (!row.fingerprint().equals(fingerprint)) {
                return new Begin.Reused();
            }
            if (row.status() == null) {
                return new Begin.InProgress();
            }
            return new Begin.Replay(new StoredResponse(row.status(), row.contentType(), row.body()));
        });
    }

    private static Optional<Row> find(Handle h, String username, String key) {
        return h.createQuery("SELECT fingerprint, status, content_type, body FROM idempotency_key "
                + "WHERE username = :u AND idem_key = :k")
            .bind("u", username).bind("k", key)
            .map((rs, ctx) -> {
                int status = rs.getInt("status");
                Integer answered = rs.wasNull() ? null : status; // before the next read: wasNull is of the last one
                return new Row(rs.getString("fingerprint"), answered, rs.getString("content_type"),
                    rs.getString("body"));
            })
            .findOne();
    }

    @Override
    public void complete(String username, String key, StoredResponse response) {
        int updated = db.write(h -> h.createUpdate("UPDATE idempotency_key SET status = :s, content_type = :ct, "
                + "body = :b WHERE username = :u AND idem_key = :k AND status IS NULL")
            .bind("s", response.status()).bind("ct", response.contentType()).bind("b", response.body())
            .bind("u", username).bind("k", key).execute());
        if (updated != 1) {
            throw new IllegalStateException("idempotency key of " + username + " was not claimed (or already "
                + "completed) when its answer was stored");
        }
    }

    @Override
    public void abandon(String username, String key) {
        db.write(h -> h.createUpdate("DELETE FROM idempotency_key WHERE username = :u AND idem_key = :k "
            + "AND status IS NULL").bind("u", username).bind("k", key).execute());
    }

    @Override
    public int purge(Instant cutoff) {
        return db.write(h -> h.createUpdate("DELETE FROM idempotency_key WHERE created_at < :cutoff")
            .bind("cutoff", cutoff.toEpochMilli()).execute());
    }
}
