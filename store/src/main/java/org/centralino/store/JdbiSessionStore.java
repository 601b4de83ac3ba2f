package org.centralino.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.Session;
import org.centralino.core.account.SessionStore;

/** Web sessions in the {@code web_session} table, keyed by the token's SHA-256. */
public final class JdbiSessionStore implements SessionStore {
    private final Database db;

    public JdbiSessionStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(Session s) {
        db.write(h -> h.createUpdate("INSERT INTO web_session (token_hash, username, created_at, expires_at, "
                + "csrf_hash) VALUES (:hash, :u, :createdAt, :expiresAt, :csrf)")
            .bind("hash", s.tokenHash()).bind("u", s.username()).bind("csrf", s.csrfHash())
            .bind("createdAt", s.createdAt().toEpochMilli()).bind("expiresAt", s.expiresAt().toEpochMilli())
            .execute());
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return db.read(h -> h.createQuery(
                "SELECT token_hash, username, created_at, expires_at, csrf_hash FROM web_session "
                    + "WHERE token_hash = :hash")
            .bind("hash", tokenHash)
            .map((rs, ctx) -> new Session(rs.getString("token_hash"), rs.getString("username"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("expires_at")),
                rs.getString("csrf_hash")))
            .findOne());
    }

    @Override
    public boolean delete(String tokenHash) {
        return db.write(h -> h.createUpdate("DELETE FROM web_session WHERE token_hash = :hash")
            .bind("hash", tokenHash).execute()) > 0;
    }

    @Override
    public int deleteExpired(Instant now) {
        return db.write(h -> h.createUpdate("DELETE FROM web_session WHERE expires_at <= :now")
            .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public int deleteForUser(String username, String keepTokenHash) {
        return db.write(h -> h.createUpdate("DELETE FROM web_session WHERE username = :u AND token_hash <> :keep")
            .bind("u", username).bind("keep", keepTokenHash == null ? "" : keepTokenHash).execute());
    }
}
