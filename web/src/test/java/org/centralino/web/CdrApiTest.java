package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.LegMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/cdr} through a real HTTP server on a real SQLite database. */
class CdrApiTest extends WebTestBase {
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00.250Z");

    static CallRecord answered(String id, String caller, String callee, Instant start) {
        return new CallRecord(id, caller, "Alice Rossi", callee, callee, start, start.plusMillis(4_000),
            start.plusMillis(64_500), Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLEE);
    }

    static CallRecord busy(String id, String caller, String callee, Instant start) {
        return new CallRecord(id, caller, null, callee, null, start, null, start.plusSeconds(2), Disposition.BUSY,
            new HangupCause(486, "Busy Here", null), HangupSide.CALLEE);
    }

    @BeforeEach
    void login() {
        api.login();
    }

    List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("callId").stringValue()));
        return out;
    }

    JsonNode ok(String path) {
        Api.Resp r = api.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json();
    }

    @Test
    void everyFieldOfARecordIsInTheJson() {
        server.cdr.record(answered("call-1", "1001", "1002", T0));
        JsonNode page = ok("/api/v1/cdr");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(page.get("items")).hasSize(1);
        JsonNode r = page.get("items").get(0);
        assertThat(r.propertyNames()).containsExactlyInAnyOrder("callId", "callerNumber", "callerName", "calledNumber",
            "answeredBy", "startedAt", "answeredAt", "endedAt", "durationSeconds", "billableSeconds", "disposition",
            "hangupCause", "hangupSide", "callerQuality", "calleeQuality", "transcoded");
        assertThat(r.get("callerQuality").isNull()).as("a record without media").isTrue();
        assertThat(r.get("calleeQuality").isNull()).isTrue();
        assertThat(r.get("transcoded").booleanValue()).isFalse();
        assertThat(r.get("callId").stringValue()).isEqualTo("call-1");
        assertThat(r.get("callerNumber").stringValue()).isEqualTo("1001");
        assertThat(r.get("callerName").stringValue()).isEqualTo("Alice Rossi");
        assertThat(r.get("calledNumber").stringValue()).isEqualTo("1002");
        assertThat(r.get("answeredBy").stringValue()).isEqualTo("1002");
        assertThat(r.get("startedAt").stringValue()).isEqualTo("2026-11-01T09:00:00.250Z");
        assertThat(r.get("answeredAt").stringValue()).isEqualTo("2026-11-01T09:00:04.250Z");
        assertThat(r.get("endedAt").stringValue()).isEqualTo("2026-11-01T09:01:04.750Z");
        assertThat(r.get("durationSeconds").asLong()).isEqualTo(64);
        assertThat(r.get("billableSeconds").asLong()).isEqualTo(60);
        assertThat(r.get("disposition").stringValue()).isEqualTo("ANSWERED");
        assertThat(r.get("hangupCause").get("sipStatus").asInt()).isEqualTo(200);
        assertThat(r.get("hangupCause").get("reason").stringValue()).isEqualTo("OK");
        assertThat(r.get("hangupCause").get("q850").stringValue()).isEqualTo("NORMAL_CLEARING");
        assertThat(r.get("hangupSide").stringValue()).isEqualTo("CALLEE");
    }

    @Test
    void theQualityOfBothLegsIsInTheJson() {
        server.cdr.record(answered("call-q", "1001", "1002", T0).withQuality(new CallQuality(
            new LegMetrics("PCMA", 3000, 0, 0.0, 0.25, 0.5, 4.41, false),
            new LegMetrics("G722", 2700, 300, 10.0, 4.5, null, 2.62, true), true)));
        JsonNode r = ok("/api/v1/cdr/call-q");
        JsonNode caller = r.get("callerQuality");
        assertThat(caller.propertyNames()).containsExactly("codec", "packetsReceived", "packetsLost", "lossPercent",
            "jitterMillis", "roundTripMillis", "mos", "oneWayAudio");
        assertThat(caller.get("codec").stringValue()).isEqualTo("PCMA");
        assertThat(caller.get("roundTripMillis").doubleValue()).isEqualTo(0.5);
        assertThat(caller.get("mos").doubleValue()).isEqualTo(4.41);
        JsonNode callee = r.get("calleeQuality");
        assertThat(callee.get("codec").stringValue()).isEqualTo("G722");
        assertThat(callee.get("packetsReceived").asLong()).isEqualTo(2700);
        assertThat(callee.get("packetsLost").asLong()).isEqualTo(300);
        assertThat(callee.get("lossPercent").doubleValue()).isEqualTo(10.0);
        assertThat(callee.get("jitterMillis").doubleValue()).isEqualTo(4.5);
        assertThat(callee.get("roundTripMillis").isNull()).isTrue();
        assertThat(callee.get("mos").doubleValue()).isEqualTo(2.62);
        assertThat(callee.get("oneWayAudio").booleanValue()).isTrue();
        assertThat(r.get("transcoded").booleanValue()).isTrue();
    }

    @Test
    void unansweredCallShowsNullsAndZeroBillable() {
        server.cdr.record(busy("call-2", "1001", "1002", T0));
        JsonNode r = ok("/api/v1/cdr/call-2");
        String etag = api.get("/api/v1/cdr/call-2").header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        assertThat(api.get("/api/v1/cdr/call-2").header("ETag")).as("a record never changes").isEqualTo(etag);
        assertThat(r.get("answeredAt").isNull()).isTrue();
        assertThat(r.get("answeredBy").isNull()).isTrue();
        assertThat(r.get("callerName").isNull()).isTrue();
        assertThat(r.get("hangupCause").get("q850").isNull()).isTrue();
        assertThat(r.get("hangupCause").get("sipStatus").asInt()).isEqualTo(486);
        assertThat(r.get("hangupCause").get("reason").stringValue()).isEqualTo("Busy Here");
        assertThat(r.get("billableSeconds").asLong()).isZero();
        assertThat(r.get("durationSeconds").asLong()).isEqualTo(2);
        Api.Resp missing = api.get("/api/v1/cdr/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").stringValue()).isEqualTo("call_record_not_found");
    }

    @Test
    void filtersByRangeExtensionAndDisposition() {
        server.cdr.record(answered("c1", "1001", "1002", T0));
        server.cdr.record(busy("c2", "1002", "1003", T0.plusSeconds(3600)));
        server.cdr.record(answered("c3", "1003", "1001", T0.plusSeconds(7200)));
        assertThat(ids(ok("/api/v1/cdr"))).containsExactly("c3", "c2", "c1");
        assertThat(ids(ok("/api/v1/cdr?extension=1001"))).containsExactly("c3", "c1");
        assertThat(ids(ok("/api/v1/cdr?disposition=BUSY"))).containsExactly("c2");
        assertThat(ids(ok("/api/v1/cdr?disposition=answered"))).containsExactly("c3", "c1");
        assertThat(ids(ok("/api/v1/cdr?from=2026-11-01T10:00:00Z"))).containsExactly("c3", "c2");
        assertThat(ids(ok("/api/v1/cdr?from=2026-11-01T00:00:00Z&to=2026-11-01T10:00:00.250Z")))
            .containsExactly("c1");
        assertThat(ids(ok("/api/v1/cdr?to=2026-11-01T11:00:00%2B01:00"))).containsExactly("c1"); // 10:00Z
        assertThat(ids(ok("/api/v1/cdr?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&extension=1002"
            + "&disposition=ANSWERED&limit=50"))).containsExactly("c1");
    }

    @Test
    void pagesThroughEveryRecordWithTheCursor() {
        for (int i = 0; i < 25; i++) {
            server.cdr.record(answered(String.format("call-%02d", i), "1001", "1002", T0.plusSeconds(i / 2)));
        }
        List<String> seen = new ArrayList<>();
        String path = "/api/v1/cdr?extension=1001&limit=10";
        int pages = 0;
        for (String next = ""; next != null; pages++) {
            JsonNode page = ok(path + (next.isEmpty() ? "" : "&cursor=" + next));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(10);
            seen.addAll(ids(page));
            next = page.get("nextCursor").isNull() ? null : page.get("nextCursor").stringValue();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(new HashSet<>(seen)).hasSize(25);
        assertThat(seen.getFirst()).isEqualTo("call-24");
        assertThat(seen.getLast()).isEqualTo("call-00");
    }

    @Test
    void needsABearerToken() {
        api.token = null;
        Api.Resp r = api.get("/api/v1/cdr");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/api/v1/cdr/call-1").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/cdr?limit=0").status()).isEqualTo(401); // authentication comes first
    }

    @Test
    void onlyGetIsAllowed() {
        Api.Resp r = api.send("POST", "/api/v1/cdr", "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.json().get("code").stringValue()).isEqualTo("method_not_allowed");
    }

    /** The constructor that existing callers (the server module) use keeps compiling and says why. */
    @Test
    void aServerBuiltWithoutCallRecordsAnswers503() {
        WebServer old = new WebServer(new WebConfig("127.0.0.1", 0), WebServices.of(server.extensionService,
            server.registrations, AccountServices.authOnly(server.auth)));
        old.start();
        try {
            Api other = new Api(old.port());
            other.token = api.token;
            Api.Resp r = other.get("/api/v1/cdr");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("code").stringValue()).isEqualTo("unavailable");
            assertThat(old.routes()).isEqualTo(server.web.routes()); // same API on every build
        } finally {
            old.stop();
        }
    }
}
