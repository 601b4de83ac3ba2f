package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralino.core.account.Role;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.LegId;
import org.centralino.core.presence.DndChanged;
import org.centralino.core.rights.Visibility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The stream under the role rules alone; {@link GroupRightsStreamTest} covers what the groups add. */
class EventStreamPresenceTest extends StreamTestBase {
    @Override
    Visibility visibility() {
        return Visibility.roleBased();
    }

    private void extension(String number, String name) {
        Api.Resp r = api.send("POST", "/api/v1/extensions",
            "{\"number\":\"" + number + "\",\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static Map<String, JsonNode> byType(List<JsonNode> messages) {
        Map<String, JsonNode> out = new java.util.HashMap<>();
        messages.forEach(m -> out.put(m.get("type").stringValue(), m));
        assertThat(out).hasSize(messages.size());
        return out;
    }

    private static String presence(JsonNode m) {
        assertThat(m.get("type").stringValue()).as(m.toString()).isEqualTo("presence.changed");
        return m.get("data").get("extension").stringValue() + ":" + m.get("data").get("state").stringValue();
    }

    @Test
    void anAdministratorSeesPresenceChangeAsAnExtensionRegistersAndUnregisters() {
        StreamTestClient c = connect(adminToken(), "");
        hello(c);
        // the registration and the presence it causes are two events of a publish: their order is not promised
        register("1001", "sip:1001@10.0.0.1");
        Map<String, JsonNode> first = byType(c.next(2));
        assertThat(first.get("registration.changed").get("data").get("devices").get(0).get("contact").stringValue())
            .isEqualTo("sip:1001@10.0.0.1");
        assertThat(first.get("registration.changed").get("data").get("devices").get(0).get("expiresAt").stringValue())
            .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(presence(first.get("presence.changed"))).isEqualTo("1001:available");

        unregister("1001", "sip:1001@10.0.0.1");
        Map<String, JsonNode> second = byType(c.next(2));
        assertThat(second.get("registration.changed").get("data").get("registered").booleanValue()).isFalse();
        assertThat(presence(second.get("presence.changed"))).isEqualTo("1001:offline");
    }

    @Test
    void aUserSeesOnlyItsOwnExtensionAndAnOperatorSeesEveryOneWithoutTheAdminOnlyEvents() {
        StreamTestClient user = connect(login("anna", Role.USER, "1001"), "");
        StreamTestClient operator = connect(login("olga", Role.OPERATOR, null), "");
        hello(user);
        hello(operator);

        register("1002", "sip:1002@10.0.0.2");
        register("1001", "sip:1001@10.0.0.1");
        server.events.publish(new DndChanged("1001", true));

        assertThat(user.next(2)).map(EventStreamPresenceTest::presence).containsExactly("1001:available", "1001:dnd");
        assertThat(operator.next(3)).map(EventStreamPresenceTest::presence)
            .containsExactly("1002:available", "1001:available", "1001:dnd");
        server.events.publish(new Numbered(0));
        assertThat(user.next().get("type").stringValue()).isEqualTo("test.numbered");
        assertThat(user.messages).isEmpty();
    }

    @Test
    void presenceListsWhatTheCallerMaySeeWithTheCursorToFollowIt() {
        api.login();
        extension("1001", "Anna");
        extension("1002", "Bruno");
        register("1002", "sip:1002@10.0.0.2");

        api.token = login("anna", Role.USER, "1001");
        Api.Resp mine = api.get("/api/v1/presence");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("items").toString())
            .isEqualTo("[{\"extension\":\"1001\",\"name\":\"Anna\",\"state\":\"offline\"}]");

        api.token = login("olga", Role.OPERATOR, null);
        Api.Resp all = api.get("/api/v1/presence");
        assertThat(all.json().get("items")).extracting(n -> n.get("extension").stringValue() + ":"
            + n.get("state").stringValue()).containsExactly("1001:offline", "1002:available");

        assertThat(all.json().get("nextCursor").isNull()).isTrue();
        Api.Resp paged = api.get("/api/v1/presence?limit=1");
        assertThat(paged.json().get("items")).hasSize(1);
        Api.Resp next = api.get("/api/v1/presence?limit=1&cursor=" + paged.json().get("nextCursor").stringValue());
        assertThat(next.json().get("items").get(0).get("extension").stringValue()).isEqualTo("1002");
        assertThat(api.get("/api/v1/presence?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/presence?state=busy").status()).isEqualTo(400);

        String since = all.json().get("since").stringValue();
        register("1001", "sip:1001@10.0.0.1");
        StreamTestClient c = connect(api.token, "since=" + since);
        assertThat(presence(c.next())).isEqualTo("1001:available");
    }

    @Test
    void presenceNeedsALogin() {
        Api.Resp r = api.get("/api/v1/presence");
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.json().get("code").stringValue()).isEqualTo("unauthorized");
    }

    @Test
    void callEventsReachEachExtensionInvolvedWithNumbersAndNames() {
        api.login();
        extension("1001", "Anna");
        extension("1002", "Bruno");
        register("1001", "sip:1001@10.0.0.1");
        register("1002", "sip:1002@10.0.0.2");
        StreamTestClient anna = connect(login("anna", Role.USER, "1001"), "");
        StreamTestClient bruno = connect(login("bruno", Role.USER, "1002"), "");
        hello(anna);
        hello(bruno);

        Call call = server.calls.open(new CallId("c1"), new LegId("c1-a"), "1001", "1002", (id, a) -> { });
        call.handle(new CallInput.Routed(List.of(new CallInput.Fork(new LegId("c1-b1"), "sip:1002@10.0.0.2")),
            Duration.ofSeconds(30)));
        call.handle(new CallInput.ForkAnswered(new LegId("c1-b1")));
        call.handle(new CallInput.ByeReceived(new LegId("c1-a")));
        call.handle(new CallInput.LegClosed(new LegId("c1-b1")));

        List<String> annaSaw = anna.next(5).stream().map(m -> m.get("type").stringValue()).toList();
        assertThat(annaSaw).as(annaSaw.toString()).containsExactly("call.started", "presence.changed",
            "call.answered", "presence.changed", "call.ended");
        List<JsonNode> brunoSaw = bruno.next(6);
        // the ringing fork's one LegChanged makes both call.ringing and the presence: in no promised order
        Map<String, JsonNode> rung = byType(brunoSaw.subList(0, 2));
        assertThat(presence(rung.get("presence.changed"))).isEqualTo("1002:ringing");
        assertThat(brunoSaw.subList(2, 6)).as(brunoSaw.toString()).extracting(m -> m.get("type").stringValue())
            .containsExactly("presence.changed", "call.answered", "presence.changed", "call.ended");
        JsonNode ringing = rung.get("call.ringing").get("data");
        assertThat(ringing.get("direction").stringValue()).isEqualTo("in");
        assertThat(ringing.get("caller").toString()).isEqualTo("{\"number\":\"1001\",\"name\":\"Anna\"}");
        assertThat(ringing.get("callee").toString()).isEqualTo("{\"number\":\"1002\",\"name\":\"Bruno\"}");
        assertThat(brunoSaw.getLast().get("data").get("outcome").stringValue()).isEqualTo("answered");
    }

    @Test
    void dndSwitchedOnThroughTheApiReachesAnotherUsersStreamAsPresenceAndTheFullStateOnlyItsManagers() {
        api.login();
        extension("1001", "Anna");
        register("1001", "sip:1001@10.0.0.1");
        StreamTestClient operator = connect(login("olga", Role.OPERATOR, null), "");
        StreamTestClient admin = connect(api.token, "");
        String anna = login("anna", Role.USER, "1001");
        StreamTestClient owner = connect(anna, "");
        hello(operator);
        hello(admin);
        hello(owner);

        api.token = anna;
        Api.Resp r = api.send("PATCH", "/api/v1/me/forwarding", "{\"dnd\":true}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);

        for (StreamTestClient managers : List.of(admin, owner)) {
            Map<String, JsonNode> seen = byType(managers.next(2));
            assertThat(presence(seen.get("presence.changed"))).isEqualTo("1001:dnd");
            assertThat(seen.get("forwarding.changed").get("data").get("dnd").booleanValue()).isTrue();
        }
        // an operator sees every presence but may not manage the extension: its forwarding targets stay private
        assertThat(presence(operator.next())).isEqualTo("1001:dnd");
        server.events.publish(new Numbered(0));
        assertThat(operator.next().get("type").stringValue()).isEqualTo("test.numbered");
    }
}
