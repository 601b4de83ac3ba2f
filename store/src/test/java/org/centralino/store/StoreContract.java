package org.centralino.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Opens and closes databases for a store test; subclasses pick the dialect. */
abstract class StoreContract {
    protected TestDatabase testDb;
    private final List<Database> opened = new ArrayList<>();

    protected abstract TestDatabase newTestDatabase();

    @BeforeEach
    void createDatabase() {
        testDb = newTestDatabase();
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Database::stop);
        if (testDb != null) {
            testDb.close();
        }
    }

    static int count(Database db, String table) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** A started Database on the test database; several may be open at once (a restart, two processes). */
    protected Database open() {
        Database db = new Database(testDb.config());
        db.start();
        opened.add(db);
        return db;
    }

    /** One step of a concurrency test: what thread {@code thread} does the {@code i}-th time. */
    @FunctionalInterface
    interface Step {
        void run(int thread, int i) throws Exception;
    }

    /**
     * Runs {@code perThread} steps on each of {@code threads} threads released together, and rethrows the
     * first failure of any thread.
     */
    static void concurrently(int threads, int perThread, Step step) throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> results = new ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        step.run(thread, i);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> f : results) {
                f.get();
            }
        }
    }
}
