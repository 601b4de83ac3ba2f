package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centralino.core.directory.DuplicateExtensionException;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.version.VersionMismatchException;
import org.centralino.sip.auth.DigestAlgorithm;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiExtensionStore}, run on each dialect. */
abstract class ExtensionStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");
    static final Ha1Sealer SEALER = new Ha1Sealer("0123456789abcdef0123456789abcdef".getBytes());

    static Extension ext(String number, String name) {
        return new Extension(number, name, "a@example.com", null, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
            Map.of(DigestAlgorithm.MD5, "0".repeat(32), DigestAlgorithm.SHA_256, "f".repeat(64)), true,
            Extension.DEFAULT_RING_TIMEOUT_SECONDS, null, T0, T0, 1);
    }

    JdbiExtensionStore store(Database db) {
        JdbiExtensionStore s = new JdbiExtensionStore(db, SEALER);
        s.start();
        return s;
    }

    @Test
    void theDatabaseHoldsNoHa1InClearAndTheStoreReadsItBack() {
        Database db = open();
        JdbiExtensionStore s = store(db);
        s.create(ext("1101", "Sealed"));
        String stored = db.read(h -> h.createQuery("SELECT ha1_md5_sealed || ' ' || ha1_sha256_sealed || ' ' || "
            + "COALESCE(ha1_md5, '-') || ' ' || COALESCE(ha1_sha256, '-') FROM extension WHERE number = '1101'")
            .mapTo(String.class).one());
        assertThat(stored).doesNotContain("0".repeat(32)).doesNotContain("f".repeat(64)).startsWith("v1:")
            .endsWith(" - -");
        assertThat(store(db).find("1101")).contains(ext("1101", "Sealed"));
    }

    @Test
    void anotherKeyCannotReadTheValuesAndSaysWhy() {
        Database db = open();
        store(db).create(ext("1102", "Sealed"));
        JdbiExtensionStore other = new JdbiExtensionStore(db, new Ha1Sealer(new byte[32]));
        org.assertj.core.api.Assertions.assertThatThrownBy(other::start).hasMessageContaining("1102")
            .hasMessageContaining("ha1.key");
    }

    @Test
    void rowsWrittenBeforeSealingAreSealedOnStart() {
        Database db = open();
        db.write(h -> h.createUpdate("INSERT INTO extension (number, name, digest_algorithms, ha1_md5, enabled, "
            + "created_at, updated_at) VALUES ('1103', 'Old', 'MD5', :ha1, TRUE, 0, 0)")
            .bind("ha1", "a".repeat(32)).execute());
        JdbiExtensionStore s = store(db);
        assertThat(s.find("1103").orElseThrow().ha1()).containsEntry(DigestAlgorithm.MD5, "a".repeat(32));
        String plain = db.read(h -> h.createQuery("SELECT COALESCE(ha1_md5, '-') FROM extension WHERE number = '1103'")
            .mapTo(String.class).one());
        assertThat(plain).isEqualTo("-");
        assertThat(store(db).find("1103").orElseThrow().ha1()).containsEntry(DigestAlgorithm.MD5, "a".repeat(32));
    }

    static Extension withRingTimeout(Extension e, int seconds) {
        return new Extension(e.number(), e.name(), e.email(), e.mobile(), e.digestAlgorithms(), e.ha1(), e.enabled(),
            seconds, e.mohClass(), e.createdAt(), e.updatedAt(), e.version());
    }

    @Test
    void theRingTimeoutIsWrittenUpdatedAndReadBackAfterARestart() {
        Database db = open();
        JdbiExtensionStore s = store(db);
        s.create(withRingTimeout(ext("1201", "Short"), 5));
        s.create(withRingTimeout(ext("1202", "Long"), 600));
        s.update(withRingTimeout(ext("1202", "Long"), 45));
        int stored = db.read(h -> h.createQuery("SELECT ring_timeout_seconds FROM extension WHERE number = '1201'")
            .mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(5);
        s.stop();
        db.stop();
        JdbiExtensionStore reopened = store(open());
        assertThat(reopened.find("1201")).contains(withRingTimeout(ext("1201", "Short"), 5));
        assertThat(reopened.find("1202").orElseThrow().ringTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    /** A database at schema V5 (before ring timeouts) holds an extension; migrating to V6 gives it 30 s. */
    @Test
    void anExtensionFromBeforeTheRingTimeoutMigratesTo30Seconds() {
        var url = testDb.config().jdbcUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
            .target("5").load().migrate();
        try (var c = DriverManager.getConnection(url);
             var st = c.prepareStatement("INSERT INTO extension (number, name, digest_algorithms, enabled, created_at, "
                 + "updated_at) VALUES ('1301', 'Before V6', 'MD5', TRUE, 0, 0)")) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Database db = open(); // migrates to the latest schema
        Extension old = store(db).find("1301").orElseThrow();
        assertThat(old.ringTimeoutSeconds()).isEqualTo(Extension.DEFAULT_RING_TIMEOUT_SECONDS).isEqualTo(30);
        assertThat(old.ringTimeout()).isEqualTo(Duration.ofSeconds(30));
        int v6 = db.read(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '6'")
            .mapTo(Integer.class).one());
        assertThat(v6).isEqualTo(1);
    }

    static Extension withMohClass(Extension e, String mohClass) {
        return new Extension(e.number(), e.name(), e.email(), e.mobile(), e.digestAlgorithms(), e.ha1(), e.enabled(),
            e.ringTimeoutSeconds(), mohClass, e.createdAt(), e.updatedAt(), e.version());
    }

    @Test
    void theMohClassIsWrittenChangedClearedAndReadBackAfterARestart() {
        Database db = open();
        JdbiExtensionStore s = store(db);
        String forty = "m" + "0123456789_-abcdefghijklmnopqrstuvwxyz" + "z"; // 40 characters
        s.create(withMohClass(ext("1401", "Jazz"), "jazz"));
        s.create(withMohClass(ext("1402", "Long"), forty));
        s.create(ext("1403", "Default"));
        s.create(withMohClass(ext("1404", "Cleared"), "rock"));
        s.update(withMohClass(ext("1404", "Cleared"), null));
        s.update(withMohClass(ext("1403", "Default"), "sales-2026"));
        String stored = db.read(h -> h.createQuery("SELECT moh_class FROM extension WHERE number = '1401'")
            .mapTo(String.class).one());
        assertThat(stored).isEqualTo("jazz");
        s.stop();
        db.stop();
        JdbiExtensionStore reopened = store(open());
        assertThat(reopened.find("1401")).contains(withMohClass(ext("1401", "Jazz"), "jazz"));
        assertThat(reopened.find("1402").orElseThrow().mohClass()).hasSize(40).isEqualTo(forty);
        assertThat(reopened.find("1403").orElseThrow().mohClass()).isEqualTo("sales-2026");
        assertThat(reopened.find("1404").orElseThrow().mohClass()).isNull();
    }

    /** A database at schema V6 (before music-on-hold classes) holds an extension; after V8 it has none (default). */
    @Test
    void anExtensionFromBeforeTheMohClassMigratesWithoutOne() {
        var url = testDb.config().jdbcUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
            .target("6").load().migrate();
        try (var c = DriverManager.getConnection(url);
             var st = c.prepareStatement("INSERT INTO extension (number, name, digest_algorithms, enabled, created_at, "
                 + "updated_at, ring_timeout_seconds) VALUES ('1501', 'Before V8', 'MD5', TRUE, 0, 0, 20)")) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Database db = open(); // migrates to the latest schema
        Extension old = store(db).find("1501").orElseThrow();
        assertThat(old.mohClass()).isNull();
        assertThat(old.ringTimeoutSeconds()).isEqualTo(20);
        int v8 = db.read(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '8'")
            .mapTo(Integer.class).one());
        assertThat(v8).isEqualTo(1);
    }

    @Test
    void createFindUpdateDelete() {
        JdbiExtensionStore s = store(open());
        Extension alice = ext("1001", "Alice Rossi");
        s.create(alice);
        assertThat(s.find("1001")).contains(alice);
        Extension renamed = new Extension("1001", "Alice R. 😀", null, "+39 333", List.of(DigestAlgorithm.MD5),
            Map.of(DigestAlgorithm.MD5, "1".repeat(32)), false, 75, null, T0, T0.plusSeconds(60), 1);
        assertThat(s.update(renamed)).isEqualTo(renamed.withVersion(2));
        assertThat(s.find("1001")).contains(renamed.withVersion(2));
        assertThat(s.delete("1001")).isTrue();
        assertThat(s.find("1001")).isEmpty();
        assertThat(s.delete("1001")).isFalse();
        assertThatThrownBy(() -> s.update(alice)).isInstanceOf(UnknownExtensionException.class);
    }

    @Test
    void everyUpdateAddsOneToTheVersionAndAStaleOneChangesNothing() {
        Database db = open();
        JdbiExtensionStore s = store(db);
        Extension v1 = s.create(ext("1601", "One"));
        assertThat(v1.version()).isEqualTo(1);
        Extension v2 = s.update(withRingTimeout(v1, 40));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> s.update(withRingTimeout(v1, 50))).isInstanceOf(VersionMismatchException.class)
            .hasMessageContaining("1601").hasMessageContaining("version 2");
        assertThatThrownBy(() -> s.delete("1601", 1)).isInstanceOf(VersionMismatchException.class);
        assertThat(store(open()).find("1601")).contains(v2); // the database, not only the cache
        assertThat(s.delete("1601", 2)).isTrue();
        assertThat(s.delete("1601", 2)).isFalse();
        assertThatThrownBy(() -> s.update(v2)).isInstanceOf(UnknownExtensionException.class);
    }

    /** Two stores (two nodes) both read version 1: the database lets exactly one update win. */
    @Test
    void ofTwoNodesUpdatingTheSameVersionOneWins() throws Exception {
        Database db = open();
        JdbiExtensionStore first = store(db);
        JdbiExtensionStore second = store(open());
        Extension v1 = first.create(ext("1602", "Race"));
        second.start(); // loads the row at version 1
        java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger lost = new java.util.concurrent.atomic.AtomicInteger();
        concurrently(2, 1, (thread, i) -> {
            try {
                (thread == 0 ? first : second).update(withRingTimeout(v1, 40 + thread));
                wins.incrementAndGet();
            } catch (VersionMismatchException e) {
                lost.incrementAndGet();
            }
        });
        assertThat(wins.get()).isEqualTo(1);
        assertThat(lost.get()).isEqualTo(1);
        assertThat(store(open()).find("1602").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void rowsFromBeforeV13StartAtVersionOne() {
        var url = testDb.config().jdbcUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
            .target("8").load().migrate();
        try (var c = DriverManager.getConnection(url);
             var st = c.prepareStatement("INSERT INTO extension (number, name, digest_algorithms, enabled, created_at, "
                 + "updated_at) VALUES ('1603', 'Before V13', 'MD5', TRUE, 0, 0)")) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(store(open()).find("1603").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void listIsInNumericOrder() {
        JdbiExtensionStore s = store(open());
        for (String n : List.of("200", "1001", "99", "1000")) {
            s.create(ext(n, "X"));
        }
        assertThat(s.list()).extracting(Extension::number).containsExactly("99", "200", "1000", "1001");
    }

    @Test
    void duplicateNumberIsRefusedAndCacheKeepsTheFirst() {
        JdbiExtensionStore s = store(open());
        s.create(ext("1001", "First"));
        assertThatThrownBy(() -> s.create(ext("1001", "Second"))).isInstanceOf(DuplicateExtensionException.class);
        assertThat(s.find("1001")).map(Extension::name).contains("First");
    }

    /** The constraint, not the cache, decides: a row written by another process is still a duplicate. */
    @Test
    void duplicateIsDetectedByTheDatabase() {
        Database db = open();
        JdbiExtensionStore first = store(db);
        JdbiExtensionStore other = store(db); // its cache is loaded before the row exists
        first.create(ext("1001", "First"));
        assertThatThrownBy(() -> other.create(ext("1001", "Second"))).isInstanceOf(DuplicateExtensionException.class);
    }

    @Test
    void dataSurvivesRestart() {
        Database db = open();
        JdbiExtensionStore s = store(db);
        Extension alice = ext("1001", "Alice Rossi");
        s.create(alice);
        s.stop();
        db.stop();
        JdbiExtensionStore reopened = store(open());
        assertThat(reopened.find("1001")).contains(alice);
        assertThat(reopened.list()).containsExactly(alice);
    }

    @Test
    void concurrentWritesFromEightThreadsAllSucceed() throws Exception {
        JdbiExtensionStore s = store(open());
        int threads = 8;
        int perThread = 25;
        concurrently(threads, perThread, (thread, i) -> {
            String number = String.format("%d%03d", thread + 1, i);
            s.create(ext(number, "T" + thread));
            s.update(new Extension(number, "U" + thread, null, null, List.of(DigestAlgorithm.MD5), Map.of(), true,
                5 + i, null, T0, T0, 1));
        });
        assertThat(s.list()).hasSize(threads * perThread).allMatch(e -> e.name().startsWith("U"));
        assertThat(store(open()).list()).isEqualTo(s.list());
    }
}
