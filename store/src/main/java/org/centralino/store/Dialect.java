package org.centralino.store;

/** The databases we run on (DESIGN §2 Persistence): SQLite by default, PostgreSQL for a cluster. */
public enum Dialect {
    SQLITE("jdbc:sqlite:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Dialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The dialect of a JDBC URL; throws with the accepted prefixes for anything else. */
    public static Dialect of(String jdbcUrl) {
        for (Dialect d : values()) {
            if (jdbcUrl.startsWith(d.urlPrefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
            + "': use jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database>");
    }

    String urlPrefix() {
        return urlPrefix;
    }
}
