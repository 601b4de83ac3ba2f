package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.CdrCursor;
import org.centralino.core.cdr.CdrPage;
import org.centralino.core.cdr.CdrQuery;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.DuplicateCallRecordException;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.LegMetrics;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiCdrStore}, run on each dialect. */
abstract class CdrStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00.123Z");

    static CallRecord answered(String id, String caller, String callee, Instant start) {
        return new CallRecord(id, caller, "Caller " + caller, callee, callee, start, start.plusMillis(4_500),
            start.plusMillis(65_250), Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLER);
    }

    static CallRecord unanswered(String id, String caller, String callee, Instant start, Disposition d) {
        HangupCause cause = switch (d) {
            case BUSY -> HangupCause.busy();
            case CANCELLED -> HangupCause.cancelled();
            case NO_ANSWER -> HangupCause.noAnswer();
            default -> new HangupCause(503, "Service Unavailable", null);
        };
        return new CallRecord(id, caller, null, callee, null, start, null, start.plusSeconds(3), d, cause,
            d == Disposition.CANCELLED ? HangupSide.CALLER : HangupSide.SYSTEM);
    }

    static CdrQuery query(Instant from, Instant to, String ext, Disposition d, int limit) {
        return new CdrQuery(from, to, ext, d, limit, null);
    }

    static List<String> ids(CdrPage page) {
        return page.items().stream().map(CallRecord::callId).toList();
    }

    @Test
    void saveAndFindEveryField() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        CallRecord r = new CallRecord("call-1", "1001", "Alice Rossi 😀", "1002", "1002", T0,
            T0.plusMillis(4_999), T0.plusMillis(70_001), Disposition.ANSWERED,
            new HangupCause(200, "OK", "NORMAL_CLEARING"), HangupSide.CALLEE);
        s.save(r);
        assertThat(s.find("call-1")).contains(r);
        assertThat(s.find("call-2")).isEmpty();
        assertThat(s.find("call-1").orElseThrow().billableSeconds()).isEqualTo(65);
    }

    @Test
    void everyQualityFieldOfBothLegsReadsBack() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        LegMetrics caller = new LegMetrics("PCMU", 1500, 0, 0.0, 0.75, 0.412, 4.41, false);
        LegMetrics callee = new LegMetrics("G722", 1351, 150, 9.9934, 12.5, null, 2.87, true);
        CallRecord r = answered("call-q", "1001", "1002", T0).withQuality(new CallQuality(caller, callee, true));
        s.save(r);
        CallRecord back = s.find("call-q").orElseThrow();
        assertThat(back).isEqualTo(r);
        assertThat(back.quality().callee().roundTripMillis()).isNull();
        assertThat(back.quality().callee().lossPercent()).isEqualTo(9.9934);
        assertThat(back.quality().callee().oneWayAudio()).isTrue();
        assertThat(back.quality().transcoded()).isTrue();
    }

    @Test
    void aLegWithoutRtpAndACallWithoutMediaReadBackAsStored() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        LegMetrics silent = new LegMetrics("PCMA", 0, 0, 0.0, 0.0, null, null, false);
        CallRecord cancelled = unanswered("call-c", "1001", "1002", T0, Disposition.CANCELLED)
            .withQuality(new CallQuality(silent, null, false));
        CallRecord refused = unanswered("call-r", "1001", "1009", T0.plusSeconds(1), Disposition.FAILED);
        s.saveAll(List.of(cancelled, refused));
        assertThat(s.find("call-c")).contains(cancelled);
        assertThat(s.find("call-c").orElseThrow().quality().caller().mos()).isNull();
        assertThat(s.find("call-r").orElseThrow().quality()).isEqualTo(CallQuality.NONE);
        assertThat(s.query(query(null, null, null, null, 10)).items()).containsExactly(refused, cancelled);
    }

    /** A record written at schema V6 (before call quality) reads back at V7 as a call without media. */
    @Test
    void aRecordFromBeforeTheQualityMigrationReadsBackWithoutQuality() {
        var url = testDb.config().jdbcUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
            .target("6").load().migrate();
        try (var c = DriverManager.getConnection(url);
             var st = c.prepareStatement("INSERT INTO call_record (call_id, caller_number, called_number, answered_by,"
                 + " started_at, answered_at, ended_at, duration_seconds, billable_seconds, disposition, sip_status,"
                 + " sip_reason, hangup_side) VALUES ('old-1', '1001', '1002', '1002', 0, 1000, 61000, 61, 60,"
                 + " 'ANSWERED', 200, 'OK', 'CALLER')")) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        CallRecord old = new JdbiCdrStore(open()).find("old-1").orElseThrow(); // open() migrates to V7
        assertThat(old.quality()).isEqualTo(CallQuality.NONE);
        assertThat(old.billableSeconds()).isEqualTo(60);
    }

    @Test
    void recordWithoutAnswerTimeReadsBackWithNulls() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        CallRecord r = unanswered("call-1", "1001", "1002", T0, Disposition.NO_ANSWER);
        s.save(r);
        CallRecord back = s.find("call-1").orElseThrow();
        assertThat(back).isEqualTo(r);
        assertThat(back.answeredAt()).isNull();
        assertThat(back.answeredBy()).isNull();
        assertThat(back.callerName()).isNull();
        assertThat(back.hangupCause().q850()).isEqualTo("NO_ANSWER");
        assertThat(back.billableSeconds()).isZero();
    }

    @Test
    void storedSecondsMatchTheRecord() {
        Database db = open();
        new JdbiCdrStore(db).save(answered("call-1", "1001", "1002", T0));
        List<Long> seconds = db.read(h -> h.createQuery("SELECT duration_seconds, billable_seconds FROM call_record")
            .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2))).one());
        assertThat(seconds).containsExactly(65L, 60L);
    }

    @Test
    void aCallIsRecordedOnce() {
        Database db = open();
        JdbiCdrStore s = new JdbiCdrStore(db);
        s.save(answered("call-1", "1001", "1002", T0));
        assertThatThrownBy(() -> s.save(unanswered("call-1", "1003", "1004", T0, Disposition.BUSY)))
            .isInstanceOf(DuplicateCallRecordException.class).hasMessageContaining("call-1");
        assertThat(s.find("call-1").orElseThrow().callerNumber()).isEqualTo("1001");
        assertThat(count(db, "call_record")).isOne();
    }

    @Test
    void saveAllStoresEveryRecordOrNone() {
        Database db = open();
        JdbiCdrStore s = new JdbiCdrStore(db);
        List<CallRecord> batch = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            batch.add(answered("batch-" + i, "1001", "1002", T0.plusSeconds(i)));
        }
        s.saveAll(batch);
        assertThat(count(db, "call_record")).isEqualTo(600);
        assertThat(s.find("batch-599")).contains(batch.get(599));
        List<CallRecord> withDuplicate = List.of(answered("new-1", "1001", "1002", T0),
            answered("batch-7", "1001", "1002", T0));
        assertThatThrownBy(() -> s.saveAll(withDuplicate)).isInstanceOf(DuplicateCallRecordException.class);
        assertThat(s.find("new-1")).as("rolled back with the duplicate").isEmpty();
        assertThat(count(db, "call_record")).isEqualTo(600);
    }

    /** Five calls a minute apart, newest first; ties in start time ordered by call id descending. */
    @Test
    void orderIsNewestFirstThenCallIdDescending() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        s.save(answered("b", "1001", "1002", T0));
        s.save(answered("a", "1001", "1002", T0.plusSeconds(60)));
        s.save(answered("c", "1001", "1002", T0));
        s.save(answered("d", "1001", "1002", T0.minusSeconds(60)));
        assertThat(ids(s.query(CdrQuery.all()))).containsExactly("a", "c", "b", "d");
    }

    @Test
    void eachFilterAloneAndCombined() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        s.save(answered("c1", "1001", "1002", T0));                                    // 1001 → 1002
        s.save(unanswered("c2", "1002", "1003", T0.plusSeconds(60), Disposition.BUSY)); // 1002 → 1003
        s.save(new CallRecord("c3", "+390612345", null, "200", "1001", T0.plusSeconds(120), // answered by 1001
            T0.plusSeconds(125), T0.plusSeconds(180), Disposition.ANSWERED, HangupCause.normalClearing(),
            HangupSide.CALLEE));
        s.save(unanswered("c4", "1003", "1001", T0.plusSeconds(180), Disposition.CANCELLED));
        s.save(unanswered("c5", "1003", "1004", T0.plusSeconds(240), Disposition.FAILED));

        assertThat(ids(s.query(query(T0.plusSeconds(60), null, null, null, 50))))
            .containsExactly("c5", "c4", "c3", "c2");
        assertThat(ids(s.query(query(null, T0.plusSeconds(120), null, null, 50)))).containsExactly("c2", "c1");
        assertThat(ids(s.query(query(T0.plusSeconds(60), T0.plusSeconds(180), null, null, 50))))
            .containsExactly("c3", "c2"); // from inclusive, to exclusive
        assertThat(ids(s.query(query(null, null, "1001", null, 50)))).containsExactly("c4", "c3", "c1");
        assertThat(ids(s.query(query(null, null, "+390612345", null, 50)))).containsExactly("c3");
        assertThat(ids(s.query(query(null, null, "200", null, 50)))).containsExactly("c3");
        assertThat(ids(s.query(query(null, null, "9999", null, 50)))).isEmpty();
        assertThat(ids(s.query(query(null, null, null, Disposition.ANSWERED, 50)))).containsExactly("c3", "c1");
        assertThat(ids(s.query(query(null, null, null, Disposition.NO_ANSWER, 50)))).isEmpty();
        assertThat(ids(s.query(query(T0.plusSeconds(1), T0.plusSeconds(200), "1001", Disposition.ANSWERED, 50))))
            .containsExactly("c3");
        assertThat(ids(s.query(query(T0, T0.plusSeconds(300), "1003", null, 50)))).containsExactly("c5", "c4", "c2");
        assertThat(ids(s.query(query(T0, T0.plusSeconds(300), "1003", Disposition.BUSY, 50)))).containsExactly("c2");
    }

    /** 120 calls, several sharing a start time, paged by 7: every call once, in order, the last page ends it. */
    @Test
    void pagingThrough120RecordsHasNoDuplicatesOrGaps() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        List<CallRecord> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Instant start = T0.plusSeconds(i / 3); // three calls per start time: the call id breaks the tie
            CallRecord r = i % 4 == 0 ? unanswered(String.format("call-%03d", i), "1001", "1002", start,
                Disposition.BUSY) : answered(String.format("call-%03d", i), "1001", "1002", start);
            s.save(r);
            all.add(r);
        }
        List<String> expected = all.reversed().stream().map(CallRecord::callId).toList();
        List<String> seen = new ArrayList<>();
        int pages = 0;
        CdrQuery q = query(null, null, null, null, 7);
        Optional<CdrCursor> next = Optional.empty();
        do {
            CdrPage page = s.query(next.map(q::after).orElse(q));
            assertThat(page.items().size()).isLessThanOrEqualTo(7);
            seen.addAll(ids(page));
            next = page.next();
            pages++;
        } while (next.isPresent());
        assertThat(pages).isEqualTo(18); // 17 full pages and one of 1
        assertThat(new HashSet<>(seen)).hasSize(120);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void pagingWithAFilterAndRowsArrivingMeanwhile() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        for (int i = 0; i < 30; i++) {
            s.save(answered(String.format("call-%02d", i), i % 2 == 0 ? "1001" : "1005", "1002", T0.plusSeconds(i)));
        }
        CdrQuery q = query(null, null, "1001", Disposition.ANSWERED, 10);
        CdrPage first = s.query(q);
        assertThat(first.items()).hasSize(10);
        s.save(answered("call-new", "1001", "1002", T0.plusSeconds(1000))); // a new call at the top
        CdrPage second = s.query(q.after(first.next().orElseThrow()));
        assertThat(ids(second)).hasSize(5).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.next()).isEmpty();
        Set<String> union = new HashSet<>(ids(first));
        union.addAll(ids(second));
        assertThat(union).hasSize(15).allMatch(id -> Integer.parseInt(id.substring(5)) % 2 == 0);
    }

    @Test
    void exactlyFullLastPageHasNoNext() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        for (int i = 0; i < 4; i++) {
            s.save(answered("c" + i, "1001", "1002", T0.plusSeconds(i)));
        }
        CdrPage page = s.query(query(null, null, null, null, 4));
        assertThat(page.items()).hasSize(4);
        assertThat(page.next()).isEmpty();
        assertThat(s.query(query(null, null, null, null, 3)).next()).contains(CdrCursor.after(page.items().get(2)));
    }

    /** Calls end on many lanes at once: every record is written, none lost. */
    @Test
    void concurrentSavesFromEightThreadsAllLand() throws Exception {
        Database db = open();
        JdbiCdrStore s = new JdbiCdrStore(db);
        concurrently(8, 25, (thread, i) ->
            s.save(answered("t" + thread + "-" + i, "1001", "1002", T0.plusMillis(i))));
        assertThat(count(db, "call_record")).isEqualTo(200);
        assertThat(s.query(query(null, null, null, null, 500)).items()).hasSize(200);
    }

    @Test
    void recordsSurviveRestart() {
        Database db = open();
        CallRecord r = answered("call-1", "1001", "1002", T0);
        new JdbiCdrStore(db).save(r);
        db.stop();
        assertThat(new JdbiCdrStore(open()).find("call-1")).contains(r);
    }
}
