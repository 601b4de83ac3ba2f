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
}
