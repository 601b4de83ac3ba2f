package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.ApiToken;
import org.centralino.core.account.ApiTokenStore;

/** API tokens in {@code api_token}, keyed by id and found by the SHA-256 of the secret. */
public final class JdbiApiTokenStore implements ApiTokenStore {
    private static final String COLUMNS = "id, username, name, token_hash, created_at, expires_at";

    private final Database db;

    public JdbiApiTokenStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(ApiToken t) {
        db.write(h -> h.createUpdate("INSERT INTO api_token (" + COLUMNS + ") VALUES (:id, :u, :name, :hash, "
                + ":createdAt, :expiresAt)")
            .bind("id", t.id()).bind("u", t.username()).bind("name", t.name()).bind("hash", t.tokenHash())
            .bind("createdAt", t.createdAt().toEpochMilli())
            .bind("expiresAt", t.expiresAt() == null ? null : t.expiresAt().toEpochMilli())
            .execute());
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = :hash")
            .bind("hash", tokenHash).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<ApiToken> list(String username) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_token WHERE username = :u "
                + "ORDER BY created_at, id")
            .bind("u", username).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public boolean delete(String username, String id) {
        return db.write(h -> h.createUpdate("DELETE FROM api_token WHERE username = :u AND id = :id")
            .bind("u", username).bind("id", id).execute()) == 1;
    }

    private static ApiToken row(ResultSet rs) throws SQLException {
        long expires = rs.getLong("expires_at");
        Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
        return new ApiToken(rs.getString("id"), rs.getString("username"), rs.getString("name"),
            rs.getString("token_hash"), Instant.ofEpochMilli(rs.getLong("created_at")), expiresAt);
    }
}
