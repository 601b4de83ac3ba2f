package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.centralino.core.account.Role;
import org.centralino.core.account.Session;
import org.centralino.core.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileUnderTheDataDirectoryWithThePragmasOnEveryConnection() {
        Path dataDir = dir.resolve("data/nested");
        Database db = new Database(DatabaseConfig.sqlite(dataDir));
        db.start();
        try {
            assertThat(Files.exists(dataDir.resolve("centralino.db"))).isTrue();
            for (int i = 0; i < 3; i++) { // several pooled connections, each with the pragmas
                db.read(h -> {
                    assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualTo("wal");
                    assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2);
                    assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                    assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(5000);
                    return null;
                });
            }
        } finally {
            db.stop();
        }
        assertThatThrownBy(db::jdbi).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
    }

    @Test
    void migrationsRunOnceAcrossRestarts() throws Exception {
        long migrations;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
            getClass().getResource("/db/migration").toURI()))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        for (int i = 0; i < 2; i++) {
            Database db = new Database(DatabaseConfig.sqlite(dir));
            db.start();
            int applied = db.read(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")
                .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(migrations).isPositive();
            db.stop();
        }
    }

    /** Two pools on one file, as when a command-line tool writes while the server runs. */
    @Test
    void writersInTwoPoolsOnOneFileWaitInsteadOfFailing() throws Exception {
        Database a = new Database(DatabaseConfig.sqlite(dir));
        Database b = new Database(DatabaseConfig.sqlite(dir));
        a.start();
        b.start();
        try {
            Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
            new JdbiAccountStore(a).create(UserAccount.of("admin", Role.ADMIN, "h", t0));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int t = 0; t < 8; t++) {
                    JdbiSessionStore sessions = new JdbiSessionStore(t % 2 == 0 ? a : b);
                    int thread = t;
                    results.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < 20; i++) {
                            sessions.save(new Session(String.format("%02d%062d", thread, i), "admin", t0, t0));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : results) {
                    f.get();
                }
            }
            assertThat(StoreContract.count(a, "web_session")).isEqualTo(160);
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void refusesOtherDatabases() {
        assertThatThrownBy(() -> DatabaseConfig.of("jdbc:mysql://localhost/x"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:sqlite:");
    }
}
