package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.AccountStore;
import org.centralino.core.account.DuplicateAccountException;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;

/** Web users in the {@code web_account} table. Read from the database each time: logins are rare. */
public final class JdbiAccountStore implements AccountStore {
    private static final String COLUMNS = "username, display_name, email, mobile, language, time_zone, date_format, "
        + "extension, role, password_hash, enabled, created_at, updated_at, version";

    private final Database db;

    public JdbiAccountStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM web_account WHERE username = :u")
            .bind("u", username)
            .map((rs, ctx) -> row(rs))
            .findOne());
    }

    @Override
    public List<UserAccount> list() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM web_account ORDER BY username")
            .map((rs, ctx) -> row(rs))
            .list());
    }

    @Override
    public UserAccount create(UserAccount a) {
        try {
            db.write(h -> bind(h.createUpdate("INSERT INTO web_account (" + COLUMNS + ") VALUES (:u, :displayName, "
                + ":email, :mobile, :language, :timeZone, :dateFormat, :extension, :role, :hash, :enabled, "
                + ":createdAt, :updatedAt, :version)"), a).execute());
            return a;
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateAccountException(a.username());
            }
            throw e;
        }
    }

    @Override
    public Optional<UserAccount> update(UserAccount a) {
        int rows;
        try {
            rows = db.write(h -> bind(h.createUpdate("UPDATE web_account SET display_name = :displayName, "
                + "email = :email, mobile = :mobile, language = :language, time_zone = :timeZone, "
                + "date_format = :dateFormat, extension = :extension, role = :role, password_hash = :hash, "
                + "enabled = :enabled, updated_at = :updatedAt, version = :version + 1 "
                + "WHERE username = :u AND version = :version"), a).execute());
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateAccountException(a.username(), "extension " + a.extension()
                    + " already belongs to another user");
            }
            throw e;
        }
        return rows == 1 ? find(a.username()) : Optional.empty();
    }

    @Override
    public boolean delete(String username) {
        return db.write(h -> {
            h.createUpdate("DELETE FROM web_session WHERE username = :u").bind("u", username).execute();
            return h.createUpdate("DELETE FROM web_account WHERE username = :u").bind("u", username).execute();
        }) == 1;
    }

    @Override
    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM web_account").mapTo(Long.class).one());
    }

    private static <S extends SqlStatement<S>> S bind(S s, UserAccount a) {
        return s.bind("u", a.username()).bind("displayName", a.displayName()).bind("email", a.email())
            .bind("mobile", a.mobile()).bind("language", a.language()).bind("timeZone", a.timeZone())
            .bind("dateFormat", a.dateFormat()).bind("extension", a.extension()).bind("role", a.role().name())
            .bind("hash", a.passwordHash()).bind("enabled", a.enabled())
            .bind("createdAt", a.createdAt().toEpochMilli()).bind("updatedAt", a.updatedAt().toEpochMilli())
            .bind("version", a.version());
    }

    private static UserAccount row(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
            rs.getString("mobile"), rs.getString("language"), rs.getString("time_zone"), rs.getString("date_format"),
            rs.getString("extension"), role(rs.getString("role")), rs.getString("password_hash"),
            rs.getBoolean("enabled"), Instant.ofEpochMilli(rs.getLong("created_at")),
            Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("version"));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("web_account has unknown role '" + name + "' in the database", e);
        }
    }
}
