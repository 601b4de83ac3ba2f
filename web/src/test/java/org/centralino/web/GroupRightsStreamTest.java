package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centralino.core.account.Role;
import org.centralino.core.presence.DndChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The event stream and the presence list follow the groups and rights (GroupVisibility), and their changes. */
class GroupRightsStreamTest extends StreamTestBase {
    Api admin;

    @BeforeEach
    void office() {
        admin = server.api().login();
        for (String n : new String[] {"1001", "1002", "1003"}) {
            assertThat(admin.send("POST", "/api/v1/extensions", "{\"number\":\"" + n + "\",\"name\":\"Ext " + n + "\"}")
                .status()).isEqualTo(201);
        }
    }

    private int barriers;

    /**
     * The presence messages up to a new barrier event, as "extension:state" (every client receives every barrier,
     * so each call waits for its own).
     */
    List<String> presenceUntilBarrier(StreamTestClient c) {
        int barrier = ++barriers;
        server.events.publish(new Numbered(barrier));
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode m = c.next(); !isBarrier(m, barrier); m = c.next()) {
            if (m.get("type").stringValue().equals("presence.changed")) {
                out.add(m.get("data").get("extension").stringValue() + ":" + m.get("data").get("state").stringValue());
            }
        }
        return out;
    }

    /**
     * Every message up to a new barrier event but the other barriers: presence as "type extension state", forwarding
     * with its target.
     */
    List<String> eventsUntilBarrier(StreamTestClient c) {
        int barrier = ++barriers;
        server.events.publish(new Numbered(barrier));
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode m = c.next(); !isBarrier(m, barrier); m = c.next()) {
            String type = m.get("type").stringValue();
            JsonNode d = m.get("data");
            out.add(switch (type) {
                case "presence.changed" -> type + " " + d.get("extension").stringValue() + " "
                    + d.get("state").stringValue();
                case "forwarding.changed" -> type + " " + d.get("extension").stringValue() + " "
                    + d.get("unconditional").get("target");
                case "test.numbered" -> null;
                default -> m.toString();
            });
            out.remove(null);
        }
        return out;
    }

    private static boolean isBarrier(JsonNode m, int n) {
        return m.get("type").stringValue().equals("test.numbered") && m.get("data").get("n").intValue() == n;
    }

    @Test
    void theEveryoneGroupShowsEveryExtensionsPresenceToAUser() {
        StreamTestClient anna = connect(login("anna", Role.USER, "1001"), "");
        hello(anna);
        register("1002", "sip:1002@10.0.0.2");
        register("1003", "sip:1003@10.0.0.3");
        assertThat(presenceUntilBarrier(anna)).containsExactly("1002:available", "1003:available");

        api.token = login("bruno", Role.USER, "1002");
        assertThat(api.get("/api/v1/presence").json().get("items")).extracting(n -> n.get("extension").stringValue())
            .containsExactly("1001", "1002", "1003");
    }

    @Test
    void withoutTheEveryoneRightsOnlyTheGroupsRightsCountAndAChangeAppliesAtOnce() {
        assertThat(admin.send("PATCH", "/api/v1/groups/everyone", "{\"rights\":null}").status()).isEqualTo(200);
        assertThat(admin.send("POST", "/api/v1/groups", "{\"name\":\"Sales\",\"members\":[{\"extension\":\"1001\","
            + "\"role\":\"MANAGER\"},{\"extension\":\"1002\"}],\"rights\":{\"MANAGER\":[\"SEE_MEMBERS\"],"
            + "\"MEMBER\":[\"SHOW_PRESENCE\"]}}").status()).isEqualTo(201);
        StreamTestClient anna = connect(login("anna", Role.USER, "1001"), "");
        StreamTestClient bruno = connect(login("bruno", Role.USER, "1002"), "");
        hello(anna);
        hello(bruno);

        register("1002", "sip:1002@10.0.0.2");
        register("1003", "sip:1003@10.0.0.3");
        register("1001", "sip:1001@10.0.0.1");
        server.events.publish(new DndChanged("1001", true));
        assertThat(presenceUntilBarrier(anna)).as("the manager sees the member, and itself")
            .containsExactly("1002:available", "1001:available", "1001:dnd");
        assertThat(presenceUntilBarrier(bruno)).as("a member has no SEE_MEMBERS").containsExactly("1002:available");

        assertThat(admin.send("PATCH", "/api/v1/groups/everyone",
            "{\"rights\":{\"MEMBER\":[\"SEE_MEMBERS\",\"SHOW_PRESENCE\"]}}").status()).isEqualTo(200);
        unregister("1003", "sip:1003@10.0.0.3");
        assertThat(presenceUntilBarrier(bruno)).as("the Everyone rights are back").containsExactly("1003:offline");
    }

    @Test
    void forwardingTargetsReachOnlyTheOwnerAndTheManagersWhileEveryoneSeesTheDndPresence() {
        register("1002", "sip:1002@10.0.0.2"); // an offline phone stays offline with DND on
        StreamTestClient anna = connect(login("anna", Role.USER, "1001"), "");
        StreamTestClient admins = connect(admin.token, "");
        String brunoToken = login("bruno", Role.USER, "1002");
        StreamTestClient bruno = connect(brunoToken, "");
        hello(anna);
        hello(admins);
        hello(bruno);

        api.token = brunoToken;
        Api.Resp r = api.send("PATCH", "/api/v1/me/forwarding", "{\"dnd\":true,\"unconditional\":{\"enabled\":true,"
            + "\"target\":{\"type\":\"number\",\"number\":\"+393331234567\"}}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);

        String full = "forwarding.changed 1002 {\"type\":\"number\",\"number\":\"+393331234567\"}";
        assertThat(eventsUntilBarrier(anna)).as("a user in Everyone: the presence, not the private number")
            .containsExactly("presence.changed 1002 dnd");
        assertThat(eventsUntilBarrier(bruno)).as("the owner").containsExactlyInAnyOrder(full,
            "presence.changed 1002 dnd");
        assertThat(eventsUntilBarrier(admins)).as("an administrator").containsExactlyInAnyOrder(full,
            "presence.changed 1002 dnd");
    }
}
