package org.centralino.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centralino.core.cdr.ExtensionCallsQuery;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of {@link ExtensionCallsQuery}: the same records its {@code matches} accepts, newest first. The
 * other party is the number dialled when the extension called, else the caller. Text search is a
 * case-insensitive {@code LIKE '%text%'} with the wildcards of the text escaped (the {@code !} escape character
 * is the same on SQLite and PostgreSQL, where a backslash would depend on settings). SQLite's {@code LOWER}
 * folds ASCII only, so a name with upper-case accented letters matches only as typed there.
 */
final class ExtensionCallsSql {
    static final String OTHER = "(CASE WHEN caller_number = :ext THEN called_number ELSE caller_number END)";
    private static final String OUT = "caller_number = :ext";
    private static final String IN = "(caller_number <> :ext AND (called_number = :ext OR answered_by = :ext))";

    private ExtensionCallsSql() {
    }

    static String sql(ExtensionCallsQuery q) {
        List<String> where = new ArrayList<>();
        where.add(switch (q.direction()) {
            case null -> "(" + OUT + " OR " + IN + ")";
            case OUT -> OUT;
            case IN -> IN;
            case MISSED -> "(" + IN + " AND (answered_by IS NULL OR answered_by <> :ext))";
        });
        if (q.from() != null) {
            where.add("started_at >= :from");
        }
        if (q.to() != null) {
            where.add("started_at < :to");
        }
        if (q.text() != null) {
            where.add("(LOWER(" + OTHER + ") LIKE :pattern ESCAPE '!' OR (caller_number <> :ext AND "
                + "LOWER(caller_name) LIKE :pattern ESCAPE '!')" + (q.namedNumbers().isEmpty() ? ""
                : " OR " + OTHER + " IN (<named>)") + ")");
        }
        if (q.cursor() != null) {
            where.add("(started_at < :cursorStart OR (started_at = :cursorStart AND call_id < :cursorId))");
        }
        return CallRecordRows.SELECT + " WHERE " + String.join(" AND ", where)
            + " ORDER BY started_at DESC, call_id DESC LIMIT :limit";
    }

    static Query bind(Query query, ExtensionCallsQuery q) {
        query.bind("ext", q.extension());
        if (q.from() != null) {
            query.bind("from", q.from().toEpochMilli());
        }
        if (q.to() != null) {
            query.bind("to", q.to().toEpochMilli());
        }
        if (q.text() != null) {
            query.bind("pattern", "%" + escape(q.text().toLowerCase(Locale.ROOT)) + "%");
            if (!q.namedNumbers().isEmpty()) {
                query.bindList("named", List.copyOf(q.namedNumbers()));
            }
        }
        if (q.cursor() != null) {
            query.bind("cursorStart", q.cursor().startedAt().toEpochMilli()).bind("cursorId", q.cursor().callId());
        }
        return query;
    }

    /** The text as a LIKE literal: its own %, _ and ! stand for themselves. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
