package org.centralino.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.CdrCursor;
import org.centralino.core.cdr.CdrPage;
import org.centralino.core.cdr.CdrQuery;
import org.centralino.core.cdr.CdrStore;
import org.centralino.core.cdr.DuplicateCallRecordException;
import org.centralino.core.cdr.ExtensionCallsQuery;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * Call records in the database, read straight from it (no cache: the table only grows, and it is read by
 * people looking at reports, not on a call's hot path).
 *
 * <p>Paging is keyset paging on (started_at DESC, call_id DESC): the next page is "strictly after the last
 * row shown" in that order, which the {@code call_record_started} index answers with a seek. Unlike OFFSET,
 * rows inserted while a client pages (new calls start at the top) do not shift later pages, so no row is
 * shown twice or skipped, and page 1,000 costs what page 1 costs. The call id breaks ties between calls
 * that started in the same millisecond, which makes the order total; ORDER BY and the cursor's {@code <}
 * both use the database's collation for it, so paging is consistent whatever that collation is.
 */
public final class JdbiCdrStore implements CdrStore {
    private final Database db;

    public JdbiCdrStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(CallRecord record) {
        Objects.requireNonNull(record, "record");
        try {
            db.write(h -> CallRecordRows.bind(h.createUpdate(CallRecordRows.INSERT), record).execute());
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateCallRecordException(record.callId());
            }
            throw e;
        }
    }

    @Override
    public void saveAll(List<CallRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            db.write(h -> {
                var batch = h.prepareBatch(CallRecordRows.INSERT);
                for (CallRecord r : records) {
                    CallRecordRows.bind(batch, r).add();
                }
                return batch.execute();
            });
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateCallRecordException(records.size() == 1 ? records.getFirst().callId()
                    : "one of " + records.size() + " records");
            }
            throw e;
        }
    }

    @Override
    public Optional<CallRecord> find(String callId) {
        Objects.requireNonNull(callId, "callId");
        return db.read(h -> h.createQuery(CallRecordRows.SELECT + " WHERE call_id = :callId")
            .bind("callId", callId).map(new CallRecordRows()).findOne());
    }

    @Override
    public CdrPage query(CdrQuery q) {
        Objects.requireNonNull(q, "q");
        // one more row than asked says whether there is a next page without a COUNT
        List<CallRecord> rows = db.read(h -> bind(h.createQuery(sql(q)), q).bind("limit", q.limit() + 1)
            .map(new CallRecordRows()).list());
        if (rows.size() <= q.limit()) {
            return new CdrPage(rows, Optional.empty());
        }
        List<CallRecord> page = rows.subList(0, q.limit());
        return new CdrPage(page, Optional.of(CdrCursor.after(page.getLast())));
    }

    @Override
    public CdrPage history(ExtensionCallsQuery q) {
        Objects.requireNonNull(q, "q");
        List<CallRecord> rows = db.read(h -> ExtensionCallsSql.bind(h.createQuery(ExtensionCallsSql.sql(q)), q)
            .bind("limit", q.limit() + 1).map(new CallRecordRows()).list());
        if (rows.size() <= q.limit()) {
            return new CdrPage(rows, Optional.empty());
        }
        List<CallRecord> page = rows.subList(0, q.limit());
        return new CdrPage(page, Optional.of(CdrCursor.after(page.getLast())));
    }

    /** The SELECT for {@code q}: only the conditions of the filters that are set, all bound as parameters. */
    static String sql(CdrQuery q) {
        List<String> where = new ArrayList<>();
        if (q.from() != null) {
            where.add("started_at >= :from");
        }
        if (q.to() != null) {
            where.add("started_at < :to");
        }
        if (q.extension() != null) {
            where.add("(caller_number = :ext OR called_number = :ext OR answered_by = :ext)");
        }
        if (q.disposition() != null) {
            where.add("disposition = :disposition");
        }
        if (q.cursor() != null) {
            where.add("(started_at < :cursorStart OR (started_at = :cursorStart AND call_id < :cursorId))");
        }
        return CallRecordRows.SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY started_at DESC, call_id DESC LIMIT :limit";
    }

    private static Query bind(Query query, CdrQuery q) {
        if (q.from() != null) {
            query.bind("from", q.from().toEpochMilli());
        }
        if (q.to() != null) {
            query.bind("to", q.to().toEpochMilli());
        }
        if (q.extension() != null) {
            query.bind("ext", q.extension());
        }
        if (q.disposition() != null) {
            query.bind("disposition", q.disposition().name());
        }
        if (q.cursor() != null) {
            query.bind("cursorStart", q.cursor().startedAt().toEpochMilli()).bind("cursorId", q.cursor().callId());
        }
        return query;
    }
}
