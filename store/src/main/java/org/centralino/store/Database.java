package org.centralino.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool and schema. {@link #start()} opens a HikariCP pool and runs the Flyway migrations
 * under {@code db/migration} (SQL that SQLite and PostgreSQL both accept); {@link #stop()} closes the
 * pool. On SQLite, {@link #write} runs one transaction at a time in this process: SQLite has a single
 * writer, and queueing on a Java lock is cheaper and fairer than retrying on SQLITE_BUSY.
 */
public final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseConfig config;
    private final ReentrantLock sqliteWriter = new ReentrantLock(true);
    private volatile HikariDataSource pool;
    private volatile Jdbi jdbi;

    public Database(DatabaseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Opens the pool and migrates the schema; throws when the database is unreachable or a migration fails. */
    public synchronized void start() {
        if (pool != null) {
            throw new IllegalStateException("database already started");
        }
        HikariDataSource ds = new HikariDataSource(hikariConfig());
        try {
            var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
            log.info("database {} at schema version {} ({} migrations applied now)", config, version,
                result.migrationsExecuted);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        pool = ds;
        jdbi = Jdbi.create(ds);
    }

    /** Closes the pool; waits for connections in use to be returned (HikariCP's close semantics). */
    public synchronized void stop() {
        HikariDataSource ds = pool;
        pool = null;
        jdbi = null;
        if (ds != null) {
            ds.close();
        }
    }

    public Dialect dialect() {
        return config.dialect();
    }

    /** Runs {@code work} in one transaction and commits; serialised with other writes on SQLite. */
    public <R> R write(HandleCallback<R, RuntimeException> work) {
        Jdbi j = jdbi();
        if (dialect() != Dialect.SQLITE) {
            return j.inTransaction(work);
        }
        sqliteWriter.lock();
        try {
            return j.inTransaction(work);
        } finally {
            sqliteWriter.unlock();
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode: for reads. */
    public <R> R read(HandleCallback<R, RuntimeException> work) {
        return jdbi().withHandle(work);
    }

    /** The JDBI instance over the pool; for reads and for tests. Writes should go through {@link #write}. */
    public Jdbi jdbi() {
        Jdbi j = jdbi;
        if (j == null) {
            throw new IllegalStateException("database not started (or already stopped): " + config);
        }
        return j;
    }

    private HikariConfig hikariConfig() {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("centralino-db");
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(1);
        if (dialect() == Dialect.SQLITE) {
            hc.setDataSource(SqliteDataSources.create(config.jdbcUrl()));
        } else {
            hc.setJdbcUrl(config.jdbcUrl());
            hc.setUsername(config.username());
            hc.setPassword(config.password());
        }
        return hc;
    }
}
