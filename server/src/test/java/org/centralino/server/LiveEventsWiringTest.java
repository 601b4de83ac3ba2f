package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.server.CallFlowHarness.T;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The started PBX feeds the event stream: phones registering over SIP and calling each other show up as
 * presence and call events on {@code /api/v1/events}, and in {@code GET /api/v1/presence}.
 */
class LiveEventsWiringTest {
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Collects the stream's messages. */
    static final class Listener implements WebSocket.Listener {
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        /** Reads on until a message of {@code type} whose data contains {@code fields}; returns the types seen. */
        List<String> until(String type, String... fields) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                JsonNode m = messages.poll(100, TimeUnit.MILLISECONDS);
                if (m == null) {
                    continue;
                }
                seen.add(m.get("type").stringValue());
                String data = String.valueOf(m.get("data"));
                if (m.get("type").stringValue().equals(type) && List.of(fields).stream().allMatch(data::contains)) {
                    return seen;
                }
            }
            throw new AssertionError("no " + type + " with " + List.of(fields) + " within 10 s; saw " + seen);
        }
    }

    @Test
    void registrationsAndCallsOfRealPhonesReachTheStreamAndThePresenceList() throws Exception {
        HttpResponse<String> login = flows.pbx.api("GET", "/api/v1/openapi.json", null); // logs the fixture in
        assertThat(login.statusCode()).isEqualTo(200);
        String token = JSON.readTree(flows.pbx.api("POST", "/api/v1/auth/login",
            "{\"username\":\"admin\",\"password\":\"" + PbxFixture.ADMIN_PASSWORD + "\"}").body()).get("token")
            .stringValue();
        Listener events = new Listener();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:"
            + flows.pbx.pbx.httpPort() + "/api/v1/events?access_token=" + token), events).get(5, TimeUnit.SECONDS);
        try {
            assertThat(events.until("stream.hello")).containsExactly("stream.hello");

            TestPhone alice = flows.registered("101");
            events.until("presence.changed", "\"101\"", "available");
            TestPhone bruno = flows.registered("102");
            events.until("presence.changed", "\"102\"", "available");

            CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);
            events.until("call.answered", "\"extension\":\"102\"", "Bruno Verdi");
            assertThat(JSON.readTree(flows.pbx.api("GET", "/api/v1/presence", null).body()).get("items").toString())
                .contains("{\"extension\":\"101\",\"name\":\"Alice Rossi\",\"state\":\"busy\"}")
                .contains("{\"extension\":\"102\",\"name\":\"Bruno Verdi\",\"state\":\"busy\"}");

            assertThat(call.caller().bye(T).status()).isEqualTo(200);
            call.callee().acceptBye(T);
            events.until("call.ended", "\"extension\":\"101\"", "answered");
            assertThat(alice.unregister(T).status()).isEqualTo(200);
            events.until("presence.changed", "\"101\"", "offline");
            flows.assertNoLeaks();
        } finally {
            ws.abort();
        }
    }
}
