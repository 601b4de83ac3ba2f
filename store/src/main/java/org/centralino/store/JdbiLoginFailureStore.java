package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.LoginFailureStore;
import org.centralino.core.account.LoginFailures;

/**
 * Failed-login counters in {@code login_failure}. Counting is one upsert ({@code INSERT ... ON CONFLICT DO
 * UPDATE}, which SQLite 3.24+ and PostgreSQL 9.5+ both accept), so two nodes counting at once both count.
 */
public final class JdbiLoginFailureStore implements LoginFailureStore {
    private final Database db;

    public JdbiLoginFailureStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<LoginFailures> find(String key) {
        return db.read(h -> h.createQuery("SELECT failure_key, failures, last_failure_at, locked_until "
            + "FROM login_failure WHERE failure_key = :k").bind("k", key).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public LoginFailures recordFailure(String key, Instant now, Instant forgetBefore) {
        String stale = "login_failure.last_failure_at < :forget AND (login_failure.locked_until IS NULL "
            + "OR login_failure.locked_until < :forget)";
        return db.write(h -> {
            h.createUpdate("INSERT INTO login_failure (failure_key, failures, last_failure_at, locked_until) "
                    + "VALUES (:k, 1, :now, NULL) ON CONFLICT (failure_key) DO UPDATE SET "
                    + "failures = CASE WHEN " + stale + " THEN 1 ELSE login_failure.failures + 1 END, "
                    + "locked_until = CASE WHEN " + stale + " THEN NULL ELSE login_failure.locked_until END, "
                    + "last_failure_at = :now")
                .bind("k", key).bind("now", now.toEpochMilli()).bind("forget", forgetBefore.toEpochMilli())
                .execute();
            return h.createQuery("SELECT failure_key, failures, last_failure_at, locked_until FROM login_failure "
                + "WHERE failure_key = :k").bind("k", key).map((rs, ctx) -> row(rs)).one();
        });
    }

    @Override
    public void lock(String key, Instant until) {
        db.write(h -> h.createUpdate("UPDATE login_failure SET locked_until = :until WHERE failure_key = :k")
            .bind("k", key).bind("until", until.toEpochMilli()).execute());
    }

    @Override
    public void clear(String key) {
        db.write(h -> h.createUpdate("DELETE FROM login_failure WHERE failure_key = :k").bind("k", key).execute());
    }

    @Override
    public int forgetOlderThan(Instant before) {
        return db.write(h -> h.createUpdate("DELETE FROM login_failure WHERE last_failure_at < :before "
                + "AND (locked_until IS NULL OR locked_until < :before)")
            .bind("before", before.toEpochMilli()).execute());
    }

    private static LoginFailures row(ResultSet rs) throws SQLException {
        long locked = rs.getLong("locked_until");
        Instant lockedUntil = rs.wasNull() ? null : Instant.ofEpochMilli(locked);
        return new LoginFailures(rs.getString("failure_key"), rs.getInt("failures"),
            Instant.ofEpochMilli(rs.getLong("last_failure_at")), lockedUntil);
    }
}
