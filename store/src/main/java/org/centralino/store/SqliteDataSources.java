package org.centralino.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the SQLite data source with the pragmas every connection needs. */
final class SqliteDataSources {
    /** How long a connection waits for another process's lock before SQLITE_BUSY (ms). */
    static final int BUSY_TIMEOUT_MS = 5000;

    private SqliteDataSources() {
    }

    /**
     * WAL lets readers run beside the writer; synchronous=FULL syncs the WAL at every commit, so a
     * committed write survives power loss; foreign keys are off by default in SQLite; transactions begin
     * IMMEDIATE, taking the write lock up front, so a read-then-write transaction cannot fail with
     * SQLITE_BUSY when it upgrades its lock (the busy handler is not called in that case).
     * The driver applies these pragmas on every connection it opens.
     */
    static SQLiteDataSource create(String jdbcUrl) {
        createParentDirectory(jdbcUrl);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(jdbcUrl);
        return ds;
    }

    private static void createParentDirectory(String jdbcUrl) {
        String file = jdbcUrl.substring(Dialect.SQLITE.urlPrefix().length());
        int q = file.indexOf('?');
        if (q >= 0) {
            file = file.substring(0, q);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + parent, e);
        }
    }
}
