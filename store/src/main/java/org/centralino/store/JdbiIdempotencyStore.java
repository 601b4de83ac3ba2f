package org.centralino.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.idempotency.Begin;
import org.centralino.core.idempotency.IdempotencyStore;
import org.centralino.core.idempotency.StoredResponse;
import org.jdbi.v3.core.Handle;

/**
 * Idempotency keys in table {@code idempotency_key} (V13; the replayed headers since V16). The claim is one
 * {@code INSERT ... ON CONFLICT DO NOTHING} (SQLite 3.24+ and PostgreSQL 9.5+): the primary key decides who was
 * first, also between two nodes, and on PostgreSQL a conflicting insert waits for the other transaction, so the row
 * read after it is committed.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {
    private final Database db;

    public JdbiIdempotencyStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    private record Row(String fingerprint, Integer status, String contentType, String body, String headers) {
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
            return new Begin.Replay(new StoredResponse(row.status(), row.contentType(), row.body(),
                decodeHeaders(row.headers())));
        });
    }

    private static Optional<Row> find(Handle h, String username, String key) {
        return h.createQuery("SELECT fingerprint, status, content_type, body, headers FROM idempotency_key "
                + "WHERE username = :u AND idem_key = :k")
            .bind("u", username).bind("k", key)
            .map((rs, ctx) -> {
                int status = rs.getInt("status");
                Integer answered = rs.wasNull() ? null : status; // before the next read: wasNull is of the last one
                return new Row(rs.getString("fingerprint"), answered, rs.getString("content_type"),
                    rs.getString("body"), rs.getString("headers"));
            })
            .findOne();
    }

    @Override
    public void complete(String username, String key, StoredResponse response) {
        int updated = db.write(h -> h.createUpdate("UPDATE idempotency_key SET status = :s, content_type = :ct, "
                + "body = :b, headers = :hd WHERE username = :u AND idem_key = :k AND status IS NULL")
            .bind("s", response.status()).bind("ct", response.contentType()).bind("b", response.body())
            .bind("hd", encodeHeaders(response.headers()))
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

    /** One "Name: value" per line; values are single lines (checked by {@link StoredResponse}). Null when none. */
    static String encodeHeaders(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> decodeHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text == null) {
            return headers;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("stored idempotency header line is not 'Name: value': " + line);
            }
            headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return headers;
    }
}
