package org.centralino.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises database errors that mean something to the domain, on both dialects. */
final class SqlErrors {
    /** PostgreSQL's SQLSTATE for unique_violation (Appendix A of its manual). */
    static final String PG_UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** True when {@code t} or one of its causes is a primary-key or unique-constraint violation. */
    static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException se) {
                SQLiteErrorCode code = se.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                    return true;
                }
            } else if (c instanceof SQLException se && PG_UNIQUE_VIOLATION.equals(se.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
