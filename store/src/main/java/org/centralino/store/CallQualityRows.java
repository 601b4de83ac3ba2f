package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.LegMetrics;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The quality columns of {@code call_record} (migration V7): per leg, prefixed {@code caller_} or {@code callee_},
 * all NULL when the leg had no media; then {@code transcoded}. A leg is read back exactly when its codec is set.
 */
final class CallQualityRows {
    private static final String[] LEGS = {"caller", "callee"};
    private static final String[] LEG_COLUMNS = {"codec", "packets_received", "packets_lost", "loss_percent",
        "jitter_ms", "rtt_ms", "mos", "one_way_audio"};
    /** The column list, for SELECT and INSERT. */
    static final String COLUMNS = columns("");
    /** The named parameters of {@link #COLUMNS}, in the same order. */
    static final String PARAMETERS = columns(":q_");

    private CallQualityRows() {
    }

    private static String columns(String prefix) {
        StringBuilder b = new StringBuilder();
        for (String leg : LEGS) {
            for (String c : LEG_COLUMNS) {
                b.append(prefix).append(leg).append('_').append(c).append(", ");
            }
        }
        return b.append(prefix).append("transcoded").toString();
    }

    static <S extends SqlStatement<S>> S bind(S stmt, CallQuality q) {
        bindLeg(stmt, LEGS[0], q.caller());
        bindLeg(stmt, LEGS[1], q.callee());
        return stmt.bind("q_transcoded", q.transcoded());
    }

    private static void bindLeg(SqlStatement<?> stmt, String leg, LegMetrics m) {
        String p = "q_" + leg + "_";
        stmt.bind(p + "codec", m == null ? null : m.codec())
            .bind(p + "packets_received", m == null ? null : m.packetsReceived())
            .bind(p + "packets_lost", m == null ? null : m.packetsLost())
            .bind(p + "loss_percent", m == null ? null : m.lossPercent())
            .bind(p + "jitter_ms", m == null ? null : m.jitterMillis())
            .bind(p + "rtt_ms", m == null ? null : m.roundTripMillis())
            .bind(p + "mos", m == null ? null : m.mos())
            .bind(p + "one_way_audio", m == null ? null : m.oneWayAudio());
    }

    static CallQuality map(ResultSet rs) throws SQLException {
        return new CallQuality(leg(rs, LEGS[0]), leg(rs, LEGS[1]), rs.getBoolean("transcoded"));
    }

    private static LegMetrics leg(ResultSet rs, String leg) throws SQLException {
        String p = leg + "_";
        String codec = rs.getString(p + "codec");
        if (codec == null) {
            return null;
        }
        return new LegMetrics(codec, rs.getLong(p + "packets_received"), rs.getLong(p + "packets_lost"),
            rs.getDouble(p + "loss_percent"), rs.getDouble(p + "jitter_ms"), nullableDouble(rs, p + "rtt_ms"),
            nullableDouble(rs, p + "mos"), rs.getBoolean(p + "one_way_audio"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
