package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.web.PortalFixture.code;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.centralino.core.account.Role;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.cdr.HangupSide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/me/calls}: a user's call history from the call records. */
class CallHistoryApiTest extends WebTestBase {
    static final String CALLS = "/api/v1/me/calls";
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    PortalFixture fixture;
    Api anna;

    static CallRecord call(String id, String caller, String name, String called, String answeredBy, Instant start) {
        boolean answered = answeredBy != null;
        return new CallRecord(id, caller, name, called, answeredBy, start, answered ? start.plusSeconds(5) : null,
            start.plusSeconds(65), answered ? Disposition.ANSWERED : Disposition.NO_ANSWER,
            answered ? HangupCause.normalClearing() : HangupCause.noAnswer(), HangupSide.CALLER);
    }

    @BeforeEach
    void users() {
        fixture = new PortalFixture(server);
        fixture.extension("1001", "Anna Rossi", null);
        fixture.extension("1002", "Bruno Verdi", null);
        fixture.extension("1003", "Carla Neri", null);
        anna = fixture.user("anna", Role.USER, "1001");
        server.cdr.recordAll(List.of(
            call("out-to-bruno", "1001", "Anna Rossi", "1002", "1002", T0),
            call("out-external", "1001", "Anna Rossi", "0612345678", null, T0.plusSeconds(100)),
            call("in-from-carla", "1003", "Carla", "1001", "1001", T0.plusSeconds(200)),
            call("missed-acme", "+39021234567", "ACME Spa", "1001", null, T0.plusSeconds(300)),
            call("picked-up-by-bruno", "1003", "Carla", "1001", "1002", T0.plusSeconds(400)),
            call("bruno-to-carla", "1002", "Bruno", "1003", "1003", T0.plusSeconds(500))));
    }

    JsonNode ok(Api client, String query) {
        Api.Resp r = client.get(CALLS + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("id").stringValue()));
        return out;
    }

    @Test
    void myCallsNewestFirstWithEveryField() {
        JsonNode page = ok(anna, "");
        assertThat(ids(page)).containsExactly("picked-up-by-bruno", "missed-acme", "in-from-carla", "out-external",
            "out-to-bruno");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        JsonNode out = page.get("items").get(4);
        assertThat(out.propertyNames()).containsExactlyInAnyOrder("id", "direction", "missed", "otherNumber",
            "otherName", "startedAt", "answered", "answeredAt", "durationSeconds", "talkSeconds", "disposition");
        assertThat(out.get("direction").stringValue()).isEqualTo("out");
        assertThat(out.get("missed").booleanValue()).isFalse();
        assertThat(out.get("otherNumber").stringValue()).isEqualTo("1002");
        assertThat(out.get("otherName").stringValue()).as("from the directory").isEqualTo("Bruno Verdi");
        assertThat(out.get("startedAt").stringValue()).isEqualTo("2026-11-20T09:00:00Z");
        assertThat(out.get("answered").booleanValue()).isTrue();
        assertThat(out.get("answeredAt").stringValue()).isEqualTo("2026-11-20T09:00:05Z");
        assertThat(out.get("durationSeconds").asLong()).isEqualTo(65);
        assertThat(out.get("talkSeconds").asLong()).isEqualTo(60);
        assertThat(out.get("disposition").stringValue()).isEqualTo("ANSWERED");

        JsonNode missed = page.get("items").get(1);
        assertThat(missed.get("direction").stringValue()).isEqualTo("in");
        assertThat(missed.get("missed").booleanValue()).isTrue();
        assertThat(missed.get("otherName").stringValue()).as("not in the directory: the caller's own name")
            .isEqualTo("ACME Spa");
        assertThat(missed.get("answeredAt").isNull()).isTrue();
        JsonNode pickedUp = page.get("items").get(0);
        assertThat(pickedUp.get("missed").booleanValue()).as("another phone answered").isTrue();
        assertThat(pickedUp.get("talkSeconds").asLong()).isZero();
        assertThat(pickedUp.get("otherName").stringValue()).as("the directory's name wins").isEqualTo("Carla Neri");
        assertThat(page.get("items").get(3).get("otherName").isNull()).as("an unknown number called").isTrue();
    }

    @Test
    void directionFilters() {
        assertThat(ids(ok(anna, "?direction=in"))).containsExactly("picked-up-by-bruno", "missed-acme",
            "in-from-carla");
        assertThat(ids(ok(anna, "?direction=out"))).containsExactly("out-external", "out-to-bruno");
        assertThat(ids(ok(anna, "?direction=missed"))).containsExactly("picked-up-by-bruno", "missed-acme");
    }

    @Test
    void searchByNumberOrName() {
        assertThat(ids(ok(anna, "?q=0612"))).containsExactly("out-external");
        assertThat(ids(ok(anna, "?q=acme"))).as("the caller's name").containsExactly("missed-acme");
        assertThat(ids(ok(anna, "?q=verdi"))).as("a directory name, never sent by the phone")
            .containsExactly("out-to-bruno");
        assertThat(ids(ok(anna, "?q=NERI&direction=missed"))).containsExactly("picked-up-by-bruno");
        assertThat(ids(ok(anna, "?q=anna"))).as("my own name is not the other party").isEmpty();
        assertThat(ids(ok(anna, "?q=%2B3902"))).containsExactly("missed-acme");
        assertThat(ids(ok(anna, "?q="))).as("an empty search box").hasSize(5);
    }

    /** Rome is UTC+1 in November: the 21st in Rome runs from 20T23:00Z to 21T23:00Z. */
    @Test
    void dayIsADayInTheUsersTimeZone() {
        server.cdr.recordAll(List.of(
            call("rome-20th-late", "1002", null, "1001", "1001", Instant.parse("2026-11-20T22:59:59Z")),
            call("rome-21st-early", "1002", null, "1001", "1001", Instant.parse("2026-11-20T23:00:00Z")),
            call("rome-21st-late", "1002", null, "1001", "1001", Instant.parse("2026-11-21T22:59:59Z")),
            call("rome-22nd-early", "1002", null, "1001", "1001", Instant.parse("2026-11-21T23:00:00Z"))));
        assertThat(ids(ok(anna, "?day=2026-11-21"))).containsExactly("rome-21st-late", "rome-21st-early");

        Api olga = fixture.user("olga", Role.OPERATOR, null, "America/New_York");
        assertThat(ids(ok(olga, "?extension=1001&day=2026-11-21"))).as("the viewer's zone, UTC-5")
            .containsExactly("rome-22nd-early", "rome-21st-late");
    }

    /** 25 October 2026 has 25 hours in Rome (CEST to CET): the day ends at the next midnight, not after 24 h. */
    @Test
    void aDayWithADaylightSavingChangeHasItsRealLength() {
        server.cdr.recordAll(List.of(
            call("before", "1002", null, "1001", "1001", Instant.parse("2026-10-24T21:59:59Z")),
            call("first", "1002", null, "1001", "1001", Instant.parse("2026-10-24T22:00:00Z")),
            call("25th-hour", "1002", null, "1001", "1001", Instant.parse("2026-10-25T22:30:00Z")),
            call("after", "1002", null, "1001", "1001", Instant.parse("2026-10-25T23:00:00Z"))));
        assertThat(ids(ok(anna, "?day=2026-10-25"))).containsExactly("25th-hour", "first");
    }

    @Test
    void pagesFollowTheCursorWithoutGapOrDuplicate() {
        List<CallRecord> many = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            many.add(call(String.format("p%02d", i), "1002", null, "1001", null, T0.minusSeconds(1000 + i / 2)));
        }
        server.cdr.recordAll(many);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok(anna, "?direction=missed&limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").stringValue();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).contains("missed-acme", "picked-up-by-bruno", "p00", "p22");
    }

    @Test
    void whoMayPassExtension() {
        assertThat(ids(ok(anna, "?extension=1001"))).as("my own").hasSize(5);
        Api.Resp other = anna.get(CALLS + "?extension=1002");
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(code(other)).isEqualTo("forbidden");
        assertThat(anna.get(CALLS + "?extension=1999").status()).as("not told apart from another's").isEqualTo(403);

        Api olga = fixture.user("olga", Role.OPERATOR, "1003");
        assertThat(ids(ok(olga, "?extension=1002"))).containsExactly("bruno-to-carla", "picked-up-by-bruno",
            "out-to-bruno");
        assertThat(ids(ok(olga, ""))).as("her own").containsExactly("bruno-to-carla", "picked-up-by-bruno",
            "in-from-carla");
        api.login();
        assertThat(ids(ok(api, "?extension=1001&direction=out"))).hasSize(2);
        Api.Resp unknown = api.get(CALLS + "?extension=1999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("extension_not_found");
        Api.Resp none = api.get(CALLS);
        assertThat(none.status()).as("the admin owns no extension").isEqualTo(422);
        assertThat(code(none)).isEqualTo("no_extension");
        assertThat(server.api().get(CALLS).status()).isEqualTo(401);
    }

    @Test
    void unreadableParametersAre400AndBadValues422() {
        expect(400, "?direction=sideways", "invalid_parameter", "direction");
        expect(400, "?day=21/11/2026", "invalid_parameter", "day");
        expect(400, "?limit=ten", "invalid_parameter", "limit");
        expect(400, "?cursor=not-ours", "invalid_parameter", "cursor");
        expect(400, "?direction=in&direction=out", "invalid_parameter", "direction");
        expect(400, "?dir=in", "unknown_parameter", "dir");
        expect(400, "?limit=0", "invalid_parameter", "limit");
        expect(400, "?limit=501", "invalid_parameter", "limit");
        expect(422, "?q=" + "9".repeat(65), "validation_failed", "q");
        assertThat(ok(anna, "?limit=500").get("items")).hasSize(5);
    }

    private void expect(int status, String query, String errorCode, String field) {
        Api.Resp r = anna.get(CALLS + query);
        assertThat(r.status()).as(query + " → " + r).isEqualTo(status);
        assertThat(code(r)).as(query).isEqualTo(errorCode);
        assertThat(r.json().get("fields").has(field)).as(query + " → " + r).isTrue();
    }
}
