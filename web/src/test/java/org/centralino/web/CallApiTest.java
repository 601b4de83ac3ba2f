package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallAction;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.LegId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/calls} through a real HTTP server: calls are opened in a real {@code CallRegistry} and
 * driven as the B2BUA will drive them, and the JSON is checked field by field at each step.
 */
class CallApiTest extends WebTestBase {
    static final LegId A = new LegId("a");
    static final LegId B1 = new LegId("b1");
    static final LegId B2 = new LegId("b2");

    /** What the call asked the B2BUA to do, in order. */
    final List<CallAction> commands = new ArrayList<>();

    @BeforeEach
    void login() {
        api.login();
    }

    Call open(String id, String from, String to) {
        return server.calls.open(new CallId(id), A, from, to, (call, action) -> commands.add(action));
    }

    static CallInput.Routed routed(LegId... forks) {
        return new CallInput.Routed(List.of(forks).stream().map(f -> new CallInput.Fork(f, "sip:1002@192.0.2.1" + f))
            .toList(), Duration.ofSeconds(30));
    }

    JsonNode ok(String path) {
        Api.Resp r = api.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json();
    }

    JsonNode only() {
        JsonNode items = ok("/api/v1/calls").get("items");
        assertThat(items).hasSize(1);
        assertThat(ok("/api/v1/calls/" + items.get(0).get("id").stringValue())).isEqualTo(items.get(0));
        Api.Resp one = api.get("/api/v1/calls/" + items.get(0).get("id").stringValue());
        assertThat(one.header("ETag")).as("a single call carries a strong ETag").matches("\"[0-9a-f]{24}\"");
        return items.get(0);
    }

    static void assertLeg(JsonNode leg, String id, String side, String target, String state) {
        assertThat(leg.propertyNames()).containsExactly("id", "side", "target", "state", "quality");
        assertThat(leg.get("quality").isNull()).as("a call without media has no leg quality").isTrue();
        assertThat(leg.get("id").stringValue()).isEqualTo(id);
        assertThat(leg.get("side").stringValue()).isEqualTo(side);
        assertThat(leg.get("target").stringValue()).isEqualTo(target);
        assertThat(leg.get("state").stringValue()).as("state of leg " + id).isEqualTo(state);
    }

    @Test
    void noCallsIsAnEmptyList() {
        assertThat(ok("/api/v1/calls").toString()).isEqualTo("{\"items\":[],\"nextCursor\":null}");
    }

    @Test
    void aCallIsShownAtEveryStepFromInviteToHangup() {
        Call call = open("call-1", "1001", "1002");
        JsonNode c = only();
        assertThat(c.propertyNames()).containsExactly("id", "from", "to", "phase", "legs", "bridge", "outcome",
            "transcoded");
        assertThat(c.get("id").stringValue()).isEqualTo("call-1");
        assertThat(c.get("from").stringValue()).isEqualTo("1001");
        assertThat(c.get("to").stringValue()).isEqualTo("1002");
        assertThat(c.get("phase").stringValue()).isEqualTo("routing");
        assertThat(c.get("legs")).hasSize(1);
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "calling");
        assertThat(c.get("bridge").isNull()).isTrue();
        assertThat(c.get("outcome").isNull()).isTrue();

        call.handle(routed(B1, B2));
        assertThat(commands).contains(new CallAction.Invite(B1, "sip:1002@192.0.2.1b1"),
            new CallAction.Invite(B2, "sip:1002@192.0.2.1b2"));
        c = only();
        assertThat(c.get("phase").stringValue()).isEqualTo("ringing");
        assertLeg(c.get("legs").get(1), "b1", "callee", "sip:1002@192.0.2.1b1", "calling");
        assertLeg(c.get("legs").get(2), "b2", "callee", "sip:1002@192.0.2.1b2", "calling");

        call.handle(new CallInput.ForkProgress(B1, false));
        c = only();
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "ringing");
        assertLeg(c.get("legs").get(1), "b1", "callee", "sip:1002@192.0.2.1b1", "ringing");
        call.handle(new CallInput.ForkProgress(B2, true));
        c = only();
        assertThat(c.get("phase").stringValue()).isEqualTo("ringing");
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "early-media");
        assertLeg(c.get("legs").get(2), "b2", "callee", "sip:1002@192.0.2.1b2", "early-media");

        call.handle(new CallInput.ForkAnswered(B1));
        assertThat(commands).contains(new CallAction.Answer(A, B1), new CallAction.Cancel(B2));
        c = only();
        assertThat(c.get("phase").stringValue()).isEqualTo("answered");
        assertThat(c.get("bridge").toString()).isEqualTo("{\"caller\":\"a\",\"callee\":\"b1\",\"held\":false}");
        assertThat(c.get("outcome").isNull()).isTrue();
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "answered");
        assertLeg(c.get("legs").get(1), "b1", "callee", "sip:1002@192.0.2.1b1", "answered");
        assertLeg(c.get("legs").get(2), "b2", "callee", "sip:1002@192.0.2.1b2", "ending");

        call.handle(new CallInput.ForkRejected(B2, 487));
        call.handle(new CallInput.Hold(A));
        c = only();
        assertThat(c.get("bridge").get("held").booleanValue()).isTrue();
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "held");
        assertLeg(c.get("legs").get(2), "b2", "callee", "sip:1002@192.0.2.1b2", "ended");
        call.handle(new CallInput.Resume(A));
        assertThat(only().get("bridge").get("held").booleanValue()).isFalse();

        call.handle(new CallInput.ByeReceived(B1));
        assertThat(commands).contains(new CallAction.HangUp(A));
        c = only();
        assertThat(c.get("phase").stringValue()).isEqualTo("ending");
        assertThat(c.get("bridge").isNull()).isTrue();
        assertThat(c.get("outcome").toString()).isEqualTo("{\"disposition\":\"ANSWERED\",\"callerStatus\":200,"
            + "\"cause\":\"NORMAL_CLEARING\",\"hungUpBy\":\"CALLEE\"}");
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "ending");
        assertLeg(c.get("legs").get(1), "b1", "callee", "sip:1002@192.0.2.1b1", "ended");

        call.handle(new CallInput.LegClosed(A)); // our BYE to the caller is answered: every leg has ended
        assertThat(ok("/api/v1/calls").get("items")).isEmpty();
        Api.Resp gone = api.get("/api/v1/calls/call-1");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("code").stringValue()).isEqualTo("call_not_found");
    }

    @Test
    void aCallNobodyAnswersShowsItsOutcomeWhileTheForksAreCancelled() {
        Call call = open("call-2", "1001", "1002");
        call.handle(routed(B1));
        call.handle(new CallInput.ForkProgress(B1, false));
        call.handle(new CallInput.RingTimeout());
        assertThat(commands).contains(new CallAction.Reject(A, 480), new CallAction.Cancel(B1));
        JsonNode c = only();
        assertThat(c.get("phase").stringValue()).isEqualTo("ending");
        assertThat(c.get("outcome").get("disposition").stringValue()).isEqualTo("NO_ANSWER");
        assertThat(c.get("outcome").get("callerStatus").intValue()).isEqualTo(480);
        assertThat(c.get("outcome").get("cause").stringValue()).isEqualTo("RING_TIMEOUT");
        assertThat(c.get("outcome").get("hungUpBy").stringValue()).isEqualTo("SYSTEM");
        assertLeg(c.get("legs").get(0), "a", "caller", "1001", "ended");
        assertLeg(c.get("legs").get(1), "b1", "callee", "sip:1002@192.0.2.1b1", "ending");
    }

    @Test
    void callsAreListedInIdOrder() {
        open("call-b", "1003", "1004");
        open("call-a", "1001", "1002");
        JsonNode items = ok("/api/v1/calls").get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("id").stringValue()).isEqualTo("call-a");
        assertThat(items.get(1).get("from").stringValue()).isEqualTo("1003");
    }

    @Test
    void anUnknownCallIs404WithAJsonError() {
        open("call-1", "1001", "1002");
        Api.Resp r = api.get("/api/v1/calls/nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").stringValue()).isEqualTo("call_not_found");
        assertThat(r.json().get("message").stringValue()).contains("'nope'").contains("/api/v1/cdr");
    }

    @Test
    void needsABearerToken() {
        open("call-1", "1001", "1002");
        api.token = null;
        for (String path : List.of("/api/v1/calls", "/api/v1/calls/call-1", "/api/v1/calls/nope")) {
            Api.Resp r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(r.json().get("code").stringValue()).isEqualTo("unauthorized");
            assertThat(r.text()).doesNotContain("1001");
        }
    }

    @Test
    void onlyGetIsAllowed() {
        Api.Resp r = api.send("POST", "/api/v1/calls", "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.json().get("code").stringValue()).isEqualTo("method_not_allowed");
        assertThat(api.send("DELETE", "/api/v1/calls/call-1", null).status()).isEqualTo(405);
    }

    /** The constructors that existing callers use keep compiling, and say why calls are missing. */
    @Test
    void aServerBuiltWithoutACallRegistryAnswers503() {
        WebServer withoutCalls = new WebServer(new WebConfig("127.0.0.1", 0), WebServices.of(
            server.extensionService, server.registrations, AccountServices.authOnly(server.auth)).withCdr(server.cdr));
        withoutCalls.start();
        try {
            Api other = new Api(withoutCalls.port());
            other.token = api.token;
            for (String path : List.of("/api/v1/calls", "/api/v1/calls/call-1")) {
                Api.Resp r = other.get(path);
                assertThat(r.status()).as(path).isEqualTo(503);
                assertThat(r.json().get("code").stringValue()).isEqualTo("unavailable");
                assertThat(r.json().get("message").stringValue()).contains("calls");
            }
            assertThat(other.get("/api/v1/cdr").status()).isEqualTo(200);
            assertThat(withoutCalls.routes()).isEqualTo(server.web.routes()); // same API on every build
            other.token = null;
            assertThat(other.get("/api/v1/calls").status()).isEqualTo(401); // authentication comes first
        } finally {
            withoutCalls.stop();
        }
    }
}
