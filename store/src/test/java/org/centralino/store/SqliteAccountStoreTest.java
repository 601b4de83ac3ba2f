package org.centralino.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountStoreTest extends AccountStoreContract {
    @TempDir
    Path dir;

    @Override
    protected TestDatabase newTestDatabase() {
        return TestDatabase.sqlite(dir);
    }
}
