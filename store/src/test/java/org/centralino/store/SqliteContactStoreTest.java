package org.centralino.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteContactStoreTest extends ContactStoreContract {
    @TempDir
    Path dir;

    @Override
    protected TestDatabase newTestDatabase() {
        return TestDatabase.sqlite(dir);
    }
}
