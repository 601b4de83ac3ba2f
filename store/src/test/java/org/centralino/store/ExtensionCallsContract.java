package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.centralino.core.cdr.CallDirection;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.CdrPage;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.ExtensionCallsQuery;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.cdr.HangupSide;
import org.junit.jupiter.api.Test;

/** {@link JdbiCdrStore#history}: one extension's calls on each dialect; the SQL must agree with the query's meaning. */
abstract class ExtensionCallsContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00.123Z");
    static final Comparator<CallRecord> NEWEST_FIRST = Comparator.comparing(CallRecord::startedAt)
        .thenComparing(CallRecord::callId).reversed();

    static CallRecord call(String id, String caller, String name, String called, String answeredBy, Instant start) {
        boolean answered = answeredBy != null;
        return new CallRecord(id, caller, name, called, answeredBy, start, answered ? start.plusSeconds(3) : null,
            start.plusSeconds(40), answered ? Disposition.ANSWERED : Disposition.NO_ANSWER,
            answered ? HangupCause.normalClearing() : HangupCause.noAnswer(), HangupSide.CALLER);
    }

    static ExtensionCallsQuery q(CallDirection d, String text, Set<String> named) {
        return new ExtensionCallsQuery("1001", d, text, named, null, null, 100, null);
    }

    static List<String> ids(CdrPage page) {
        return page.items().stream().map(CallRecord::callId).toList();
    }

    /** The calls of the direction tests: each one is a case of "whose call is it, and did 1001 answer". */
    JdbiCdrStore withDirectionCases() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        s.saveAll(List.of(
            call("out-answered", "1001", "Anna", "1002", "1002", T0),
            call("out-unanswered", "1001", "Anna", "0612345678", null, T0.plusSeconds(60)),
            call("in-answered", "1003", "Carla", "1001", "1001", T0.plusSeconds(120)),
            call("in-missed", "+393331112222", "ACME Spa", "1001", null, T0.plusSeconds(180)),
            call("in-picked-up-elsewhere", "1004", "Dario", "1001", "1005", T0.plusSeconds(240)),
            call("group-answered-by-1001", "0611111111", null, "600", "1001", T0.plusSeconds(300)),
            call("not-ours", "1002", "Bruno", "1003", "1003", T0.plusSeconds(360))));
        return s;
    }

    @Test
    void directionsSeenFromTheExtension() {
        JdbiCdrStore s = withDirectionCases();
        assertThat(ids(s.history(q(null, null, Set.of())))).containsExactly("group-answered-by-1001",
            "in-picked-up-elsewhere", "in-missed", "in-answered", "out-unanswered", "out-answered");
        assertThat(ids(s.history(q(CallDirection.OUT, null, Set.of())))).containsExactly("out-unanswered",
            "out-answered");
        assertThat(ids(s.history(q(CallDirection.IN, null, Set.of())))).containsExactly("group-answered-by-1001",
            "in-picked-up-elsewhere", "in-missed", "in-answered");
        assertThat(ids(s.history(q(CallDirection.MISSED, null, Set.of())))).containsExactly("in-picked-up-elsewhere",
            "in-missed");
    }

    @Test
    void textMatchesTheOtherPartysNumberTheCallersNameAndNamedNumbers() {
        JdbiCdrStore s = withDirectionCases();
        assertThat(ids(s.history(q(null, "3331", Set.of())))).as("part of a number").containsExactly("in-missed");
        assertThat(ids(s.history(q(null, "acme", Set.of())))).as("caller name, any case").containsExactly("in-missed");
        assertThat(ids(s.history(q(null, "anna", Set.of())))).as("our own name is not the other party").isEmpty();
        assertThat(ids(s.history(q(null, "bruno", Set.of("1002"))))).as("a number named in the directory")
            .containsExactly("out-answered");
        assertThat(ids(s.history(q(CallDirection.IN, "1002", Set.of())))).as("direction and text combine").isEmpty();
        assertThat(ids(s.history(q(null, "100", Set.of())))).containsExactly("in-picked-up-elsewhere", "in-answered",
            "out-answered");
    }

    @Test
    void wildcardsInTheTextAreLiteral() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        s.saveAll(List.of(call("percent", "1003", "100% Srl", "1001", "1001", T0),
            call("underscore", "1004", "a_b", "1001", "1001", T0.plusSeconds(1)),
            call("bang", "1005", "Hey!", "1001", "1001", T0.plusSeconds(2)),
            call("plain", "1006", "axb 1000 Srl", "1001", "1001", T0.plusSeconds(3))));
        assertThat(ids(s.history(q(null, "0%", Set.of())))).containsExactly("percent");
        assertThat(ids(s.history(q(null, "a_b", Set.of())))).containsExactly("underscore");
        assertThat(ids(s.history(q(null, "y!", Set.of())))).containsExactly("bang");
    }

    @Test
    void aTimeRangeIsStartInclusiveEndExclusive() {
        JdbiCdrStore s = withDirectionCases();
        ExtensionCallsQuery range = new ExtensionCallsQuery("1001", null, null, Set.of(), T0.plusSeconds(60),
            T0.plusSeconds(180), 100, null);
        assertThat(ids(s.history(range))).containsExactly("in-answered", "out-unanswered");
    }

    /** Random calls among a few numbers; every query's pages, joined, equal the query's own filter over them. */
    @Test
    void theSqlAgreesWithTheQueryOnRandomCallsAndPagesHaveNoGapOrDuplicate() {
        JdbiCdrStore s = new JdbiCdrStore(open());
        Random random = new Random(42);
        List<String> numbers = List.of("1001", "1002", "1003", "600", "0612345678", "+39333100100");
        List<String> names = List.of("Anna", "Bruno", "ACME 100", "");
        List<CallRecord> all = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String caller = numbers.get(random.nextInt(numbers.size()));
            String called = numbers.get(random.nextInt(numbers.size()));
            String by = random.nextInt(3) == 0 ? null : numbers.get(random.nextInt(numbers.size()));
            String name = names.get(random.nextInt(names.size()));
            // some calls share a start, so the call id must break the tie
            all.add(call(String.format("c%03d", i), caller, name.isEmpty() ? null : name, called, by,
                T0.plusSeconds(random.nextInt(120))));
        }
        s.saveAll(all);
        for (CallDirection d : new CallDirection[] {null, CallDirection.IN, CallDirection.OUT, CallDirection.MISSED}) {
            for (String text : new String[] {null, "100", "acme", "+39", "06"}) {
                for (int limit : new int[] {7, 100}) {
                    ExtensionCallsQuery query = new ExtensionCallsQuery("1001", d, text,
                        "acme".equals(text) ? Set.of("1003") : Set.of(), T0.plusSeconds(10), T0.plusSeconds(100),
                        limit, null);
                    List<String> expected = all.stream().filter(query::matches).sorted(NEWEST_FIRST)
                        .map(CallRecord::callId).toList();
                    assertThat(pageThrough(s, query)).as(d + " " + text + " " + limit).isEqualTo(expected);
                }
            }
        }
    }

    private static List<String> pageThrough(JdbiCdrStore s, ExtensionCallsQuery query) {
        List<String> out = new ArrayList<>();
        CdrPage page = s.history(query);
        out.addAll(ids(page));
        while (page.next().isPresent()) {
            assertThat(page.items()).hasSize(query.limit());
            page = s.history(query.after(page.next().get()));
            out.addAll(ids(page));
        }
        return out;
    }
}
