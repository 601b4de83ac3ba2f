package org.centralino.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises database errors that mean something to the domain, on both dialects. */
final class SqlErrors {
    /** PostgreSQL's SQLSTATE for unique_violation (Appendix A of its manual). */
    static final String PG_UNIQUE_VIOLATION = "23505";
    /** PostgreSQL's SQLSTATE for foreign_key_violation. */
    static final String PG_FOREIGN_KEY_VIOLATION = "23503";

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

    /** True when {@code t} or one of its causes is a foreign-key violation (a row refers to one that is gone). */
    static boolean isForeignKeyViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException se) {
                if (se.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
                    return true;
                }
            } else if (c instanceof SQLException se && PG_FOREIGN_KEY_VIOLATION.equals(se.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
