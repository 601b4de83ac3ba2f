package org.centralino.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.AccountStore;
import org.centralino.core.account.DuplicateAccountException;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.jdbi.v3.core.JdbiException;

/** Web accounts in the {@code web_account} table. Read from the database each time: logins are rare. */
public final class JdbiAccountStore implements AccountStore {
    private final Database db;

    public JdbiAccountStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return db.read(h -> h.createQuery(
                "SELECT username, role, password_hash, created_at FROM web_account WHERE username = :u")
            .bind("u", username)
            .map((rs, ctx) -> new UserAccount(rs.getString("username"), role(rs.getString("role")),
                rs.getString("password_hash"), Instant.ofEpochMilli(rs.getLong("created_at"))))
            .findOne());
    }

    @Override
    public UserAccount create(UserAccount a) {
        try {
            db.write(h -> h.createUpdate("INSERT INTO web_account (username, role, password_hash, created_at) "
                    + "VALUES (:u, :role, :hash, :createdAt)")
                .bind("u", a.username()).bind("role", a.role().name()).bind("hash", a.passwordHash())
                .bind("createdAt", a.createdAt().toEpochMilli()).execute());
            return a;
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateAccountException(a.username());
            }
            throw e;
        }
    }

    @Override
    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM web_account").mapTo(Long.class).one());
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("web_account has unknown role '" + name + "' in the database", e);
        }
    }
}
