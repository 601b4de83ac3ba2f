package org.centralino.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is.
 *
 * @param jdbcUrl     {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host/db} (user and password may
 *                    be in the URL's query instead of the two fields below)
 * @param username    null to use the URL's
 * @param password    null to use the URL's
 * @param maxPoolSize connections in the pool; 0 picks the dialect's default
 */
public record DatabaseConfig(String jdbcUrl, String username, String password, int maxPoolSize) {
    /** The file name of the embedded database under the data directory. */
    public static final String SQLITE_FILE = "centralino.db";
    /**
     * SQLite has one writer at a time (writes are serialised in-process anyway); a few connections let
     * readers run beside it in WAL mode.
     */
    static final int SQLITE_DEFAULT_POOL = 4;
    static final int POSTGRESQL_DEFAULT_POOL = 10;

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect.of(jdbcUrl);
        if (maxPoolSize < 0) {
            throw new IllegalArgumentException("maxPoolSize must not be negative, was " + maxPoolSize);
        }
    }

    /** The default: SQLite file {@code dataDir/centralino.db}. */
    public static DatabaseConfig sqlite(Path dataDir) {
        return of("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath());
    }

    /** A URL with the dialect's default pool size and credentials taken from the URL. */
    public static DatabaseConfig of(String jdbcUrl) {
        return new DatabaseConfig(jdbcUrl, null, null, 0);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    int poolSize() {
        if (maxPoolSize > 0) {
            return maxPoolSize;
        }
        return dialect() == Dialect.SQLITE ? SQLITE_DEFAULT_POOL : POSTGRESQL_DEFAULT_POOL;
    }

    /** Leaves the password out of logs. */
    @Override
    public String toString() {
        int q = jdbcUrl.indexOf('?');
        String shown = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q) + "?…";
        return "DatabaseConfig[" + shown + ", user=" + username + ", pool=" + poolSize() + "]";
    }
}
