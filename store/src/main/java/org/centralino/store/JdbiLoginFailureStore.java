package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.LockOutPolicy;
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

    /**
     * One transaction: the upsert counts unless the counter is locked, and takes the row lock (PostgreSQL) or runs
     * alone (SQLite), so the lock set below is seen by every reservation after this one.
     */
    @Override
    public Reservation reserve(String key, Instant now, LockOutPolicy policy) {
        String stale = "login_failure.last_failure_at < :forget AND (login_failure.locked_until IS NULL "
            + "OR login_failure.locked_until < :forget)";
        String locked = "login_failure.locked_until IS NOT NULL AND login_failure.locked_until > :now";
        return db.write(h -> {
            h.createUpdate("INSERT INTO login_failure (failure_key, failures, last_failure_at, locked_until) "
                    + "VALUES (:k, 1, :now, NULL) ON CONFLICT (failure_key) DO UPDATE SET "
                    + "failures = CASE WHEN " + stale + " THEN 1 WHEN " + locked
                    + " THEN login_failure.failures ELSE login_failure.failures + 1 END, "
                    + "locked_until = CASE WHEN " + stale + " THEN NULL ELSE login_failure.locked_until END, "
                    + "last_failure_at = CASE WHEN " + locked + " THEN login_failure.last_failure_at ELSE :now END")
                .bind("k", key).bind("now", now.toEpochMilli())
                .bind("forget", now.minus(policy.forgetAfter()).toEpochMilli()).execute();
            LoginFailures row = h.createQuery("SELECT failure_key, failures, last_failure_at, locked_until "
                + "FROM login_failure WHERE failure_key = :k").bind("k", key).map((rs, ctx) -> row(rs)).one();
            if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
                return new Reservation(false, row);
            }
            Duration lock = policy.lockAfter(row.failures());
            if (lock.isZero()) {
                return new Reservation(true, row);
            }
            Instant until = now.plus(lock);
            h.createUpdate("UPDATE login_failure SET locked_until = :until WHERE failure_key = :k")
                .bind("k", key).bind("until", until.toEpochMilli()).execute();
            return new Reservation(true, new LoginFailures(key, row.failures(), row.lastFailureAt(), until));
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
