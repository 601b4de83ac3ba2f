package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.AccountStore;
import org.centralino.core.account.DuplicateAccountException;
import org.centralino.core.account.LastAdminException;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.version.VersionMismatchException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;

/** Web users in the {@code web_account} table. Read from the database each time: logins are rare. */
public final class JdbiAccountStore implements AccountStore {
    private static final String COLUMNS = "username, display_name, email, mobile, language, time_zone, date_format, "
        + "extension, role, password_hash, enabled, created_at, updated_at, version";

    /** The advisory lock key of the last-admin check (any constant no other code uses: "ADMN"). */
    private static final long ADMIN_LOCK = 0x41444D4EL;

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
        return update(a, false);
    }

    @Override
    public Optional<UserAccount> updateKeepingAnAdmin(UserAccount a) {
        return update(a, true);
    }

    private Optional<UserAccount> update(UserAccount a, boolean keepAnAdmin) {
        int rows;
        try {
            rows = db.write(h -> {
                if (keepAnAdmin) {
                    lockAdmins(h);
                }
                int n = bind(h.createUpdate("UPDATE web_account SET display_name = :displayName, "
                    + "email = :email, mobile = :mobile, language = :language, time_zone = :timeZone, "
                    + "date_format = :dateFormat, extension = :extension, role = :role, password_hash = :hash, "
                    + "enabled = :enabled, updated_at = :updatedAt, version = :version + 1 "
                    + "WHERE username = :u AND version = :version"), a).execute();
                if (keepAnAdmin && n == 1) {
                    requireAnAdmin(h, a.username());
                }
                return n;
            });
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
    public boolean delete(String username, long version) {
        return db.write(h -> {
            lockAdmins(h);
            Optional<UserAccount> cur = h.createQuery("SELECT " + COLUMNS + " FROM web_account WHERE username = :u")
                .bind("u", username).map((rs, ctx) -> row(rs)).findOne();
            if (cur.isEmpty()) {
                return false;
            }
            if (cur.get().version() != version) {
                throw new VersionMismatchException("user " + username, cur.get().version());
            }
            h.createUpdate("DELETE FROM web_session WHERE username = :u").bind("u", username).execute();
            int n = h.createUpdate("DELETE FROM web_account WHERE username = :u AND version = :v")
                .bind("u", username).bind("v", version).execute();
            if (n != 1) { // changed between the read and the delete (PostgreSQL, no row lock on the read)
                throw new VersionMismatchException("user " + username, -1);
            }
            if (cur.get().isAdmin() && cur.get().enabled()) {
                requireAnAdmin(h, username);
            }
            return true;
        });
    }

    /**
     * Serialises the changes that must keep an enabled admin. On PostgreSQL two transactions would each count the
     * other's admin as still there (read committed), so they take one transaction-level advisory lock; SQLite runs
     * one write at a time already.
     */
    private void lockAdmins(Handle h) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:k)) AS l").bind("k", ADMIN_LOCK)
                .mapTo(Integer.class).one();
        }
    }

    /** Throws (so the transaction rolls back) when no enabled ADMIN is left. */
    private static void requireAnAdmin(Handle h, String username) {
        long admins = h.createQuery("SELECT COUNT(*) FROM web_account WHERE role = :admin AND enabled = :on")
            .bind("admin", Role.ADMIN.name()).bind("on", true).mapTo(Long.class).one();
        if (admins == 0) {
            throw new LastAdminException(username);
        }
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
