package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.cdr.HangupSide;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the {@code call_record} table to {@link CallRecord} and back. */
final class CallRecordRows implements RowMapper<CallRecord> {
    static final String COLUMNS = "call_id, caller_number, caller_name, called_number, answered_by, started_at, "
        + "answered_at, ended_at, duration_seconds, billable_seconds, disposition, sip_status, sip_reason, "
        + "q850_cause, hangup_side, " + CallQualityRows.COLUMNS;
    static final String INSERT = "INSERT INTO call_record (" + COLUMNS + ") VALUES (:callId, :callerNumber, "
        + ":callerName, :calledNumber, :answeredBy, :startedAt, :answeredAt, :endedAt, :durationSeconds, "
        + ":billableSeconds, :disposition, :sipStatus, :sipReason, :q850Cause, :hangupSide, "
        + CallQualityRows.PARAMETERS + ")";
    static final String SELECT = "SELECT " + COLUMNS + " FROM call_record";

    @Override
    public CallRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        String id = rs.getString("call_id");
        return new CallRecord(id, rs.getString("caller_number"), rs.getString("caller_name"),
            rs.getString("called_number"), rs.getString("answered_by"), instant(rs, "started_at"),
            instant(rs, "answered_at"), instant(rs, "ended_at"),
            enumOf(Disposition.class, id, rs.getString("disposition")),
            new HangupCause(rs.getInt("sip_status"), rs.getString("sip_reason"), rs.getString("q850_cause")),
            enumOf(HangupSide.class, id, rs.getString("hangup_side")), CallQualityRows.map(rs));
    }

    /** Binds every column of {@code r} to the named parameters of {@link #INSERT}. */
    static <S extends SqlStatement<S>> S bind(S stmt, CallRecord r) {
        return CallQualityRows.bind(stmt, r.quality()).bind("callId", r.callId())
            .bind("callerNumber", r.callerNumber())
            .bind("callerName", r.callerName())
            .bind("calledNumber", r.calledNumber())
            .bind("answeredBy", r.answeredBy())
            .bind("startedAt", r.startedAt().toEpochMilli())
            .bind("answeredAt", r.answeredAt() == null ? null : r.answeredAt().toEpochMilli())
            .bind("endedAt", r.endedAt().toEpochMilli())
            .bind("durationSeconds", r.durationSeconds())
            .bind("billableSeconds", r.billableSeconds())
            .bind("disposition", r.disposition().name())
            .bind("sipStatus", r.hangupCause().sipStatus())
            .bind("sipReason", r.hangupCause().reason())
            .bind("q850Cause", r.hangupCause().q850())
            .bind("hangupSide", r.hangupSide().name());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String callId, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("call record " + callId + " has unknown " + type.getSimpleName()
                + " '" + value + "' in the database", e);
        }
    }
}
