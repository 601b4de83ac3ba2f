package org.centralino.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway database for one test: a SQLite file in a temp directory, or a fresh schema in the
 * PostgreSQL database named by {@value #PG_URL_ENV} (dropped afterwards, so the database can be shared).
 */
public sealed interface TestDatabase extends AutoCloseable {
    String PG_URL_ENV = "CENTRALINO_TEST_PG_URL";

    DatabaseConfig config();

    @Override
    void close();

    static TestDatabase sqlite(Path dir) {
        return new Sqlite(DatabaseConfig.sqlite(dir));
    }

    /** A new schema in the test PostgreSQL; skips the test (not fails) when the variable is unset. */
    static TestDatabase postgres() {
        String url = System.getenv(PG_URL_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
            PG_URL_ENV + " is not set: skipping the PostgreSQL run (set it to a JDBC URL with user and password, "
                + "e.g. jdbc:postgresql://localhost/centralino_test?user=centralino&password=secret)");
        String schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute(url, "CREATE SCHEMA " + schema);
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Postgres(url, schema, DatabaseConfig.of(withSchema));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test PostgreSQL", e);
        }
    }

    record Sqlite(DatabaseConfig config) implements TestDatabase {
        @Override
        public void close() {
            // the temp directory goes with the test
        }
    }

    record Postgres(String adminUrl, String schema, DatabaseConfig config) implements TestDatabase {
        @Override
        public void close() {
            execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
