package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.centralino.core.directory.DuplicateExtensionException;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.sip.auth.DigestAlgorithm;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiExtensionStore}, run on each dialect. */
abstract class ExtensionStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");

    static Extension ext(String number, String name) {
        return new Extension(number, name, "a@example.com", null, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
            Map.of(DigestAlgorithm.MD5, "0".repeat(32), DigestAlgorithm.SHA_256, "f".repeat(64)), true, T0, T0);
    }

    JdbiExtensionStore store(Database db) {
        JdbiExtensionStore s = new JdbiExtensionStore(db);
        s.start();
        return s;
    }

    @Test
    void createFindUpdateDelete() {
        JdbiExtensionStore s = store(open());
        Extension alice = ext("1001", "Alice Rossi");
        s.create(alice);
        assertThat(s.find("1001")).contains(alice);
        Extension renamed = new Extension("1001", "Alice R. 😀", null, "+39 333", List.of(DigestAlgorithm.MD5),
            Map.of(DigestAlgorithm.MD5, "1".repeat(32)), false, T0, T0.plusSeconds(60));
        s.update(renamed);
        assertThat(s.find("1001")).contains(renamed);
        assertThat(s.delete("1001")).isTrue();
        assertThat(s.find("1001")).isEmpty();
        assertThat(s.delete("1001")).isFalse();
        assertThatThrownBy(() -> s.update(alice)).isInstanceOf(UnknownExtensionException.class);
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
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        String number = String.format("%d%03d", thread + 1, i);
                        s.create(ext(number, "T" + thread));
                        s.update(new Extension(number, "U" + thread, null, null, List.of(DigestAlgorithm.MD5),
                            Map.of(), true, T0, T0));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : results) {
                f.get(); // rethrows the first failure of that thread
            }
        }
        assertThat(s.list()).hasSize(threads * perThread).allMatch(e -> e.name().startsWith("U"));
        assertThat(store(open()).list()).isEqualTo(s.list());
    }
}
