package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Delegated administration on {@code /extensions} (seed 002): OWN, GROUPS, ALL, and none. */
class DelegatedAdminApiTest extends AccountTestBase {

    @BeforeEach
    void office() {
        for (String n : new String[] {"1001", "1002", "1003"}) {
            extension(n);
        }
        user("anna", "USER", "1001");
        Api.Resp sales = admin.send("POST", "/api/v1/groups",
            "{\"name\":\"Sales\",\"members\":[{\"extension\":\"1001\"},"
            + "{\"extension\":\"1002\"}]}");
        assertThat(sales.status()).isEqualTo(201);
    }

    static java.util.List<String> numbers(Api.Resp list) {
        return list.json().get("items").valueStream().map(e -> e.get("number").stringValue()).toList();
    }

    @Test
    void withoutAScopeExtensionsAreForbidden() {
        Api anna = as("anna");
        for (String[] call : new String[][] {{"GET", "/api/v1/extensions"}, {"GET", "/api/v1/extensions/1001"},
            {"PATCH", "/api/v1/extensions/1001"}, {"POST", "/api/v1/extensions"}, {"DELETE",
                "/api/v1/extensions/1001"}}) {
            Api.Resp r = anna.send(call[0], call[1], call[0].equals("PATCH") || call[0].equals("POST") ? "{}" : null);
            assertThat(r.status()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(r.json().get("code").stringValue()).isEqualTo("forbidden");
        }
        assertThat(anna.get("/api/v1/extensions").json().get("message").stringValue()).contains("scope NONE");
    }

    @Test
    void scopeOwnManagesTheOwnExtensionOnly() {
        scope("anna", "OWN");
        Api anna = as("anna");
        assertThat(numbers(anna.get("/api/v1/extensions"))).containsExactly("1001");
        assertThat(anna.get("/api/v1/extensions/1001").status()).isEqualTo(200);
        Api.Resp own = anna.send("PATCH", "/api/v1/extensions/1001", "{\"name\":\"Anna's phone\"}");
        assertThat(own.status()).isEqualTo(200);
        assertThat(server.extensions.find("1001").orElseThrow().name()).isEqualTo("Anna's phone");

        Api.Resp other = anna.send("PATCH", "/api/v1/extensions/1002", "{\"name\":\"Hijacked\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("message").stringValue()).contains("1002").contains("scope OWN")
            .contains("only your own extension");
        assertThat(anna.get("/api/v1/extensions/1002").status()).isEqualTo(403);
        assertThat(anna.get("/api/v1/extensions/9999").status()).as("no hint whether it exists").isEqualTo(403);
        assertThat(server.extensions.find("1002").orElseThrow().name()).isEqualTo("Ext 1002");

        Api.Resp create = anna.send("POST", "/api/v1/extensions", "{\"number\":\"1009\",\"name\":\"New\"}");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("message").stringValue()).contains("needs the delegated scope ALL");
        assertThat(anna.send("DELETE", "/api/v1/extensions/1001", null).status()).isEqualTo(403);
        assertThat(server.extensions.find("1009")).isEmpty();
        assertThat(server.extensions.find("1001")).isPresent();
    }

    @Test
    void scopeGroupsAddsTheExtensionsOfTheOwnGroups() {
        scope("anna", "GROUPS");
        Api anna = as("anna");
        assertThat(numbers(anna.get("/api/v1/extensions"))).containsExactly("1001", "1002");
        assertThat(anna.send("PATCH", "/api/v1/extensions/1002", "{\"name\":\"Bruno\"}").status()).isEqualTo(200);
        Api.Resp outside = anna.send("PATCH", "/api/v1/extensions/1003", "{\"name\":\"Carla\"}");
        assertThat(outside.status()).as("1003 shares only the Everyone group").isEqualTo(403);
        assertThat(outside.json().get("message").stringValue()).contains("scope GROUPS");

        String salesId = admin.get("/api/v1/groups").json().get("items").valueStream()
            .filter(g -> g.get("name").stringValue().equals("Sales")).findFirst().orElseThrow().get("id").stringValue();
        admin.send("PATCH", "/api/v1/groups/" + salesId,
            "{\"members\":[{\"extension\":\"1001\"},{\"extension\":\"1003\"}]}");
        assertThat(anna.send("PATCH", "/api/v1/extensions/1003", "{\"name\":\"Carla\"}").status())
            .as("a group change applies at once").isEqualTo(200);
        assertThat(anna.send("PATCH", "/api/v1/extensions/1002", "{\"name\":\"Bruno B.\"}").status()).isEqualTo(403);
    }

    @Test
    void scopeAllCreatesAndDeletes() {
        scope("anna", "ALL");
        Api anna = as("anna");
        assertThat(numbers(anna.get("/api/v1/extensions"))).containsExactly("1001", "1002", "1003");
        assertThat(anna.send("POST", "/api/v1/extensions", "{\"number\":\"1009\",\"name\":\"New\"}").status())
            .isEqualTo(201);
        assertThat(anna.send("DELETE", "/api/v1/extensions/1009", null).status()).isEqualTo(204);
        assertThat(anna.send("DELETE", "/api/v1/extensions/1009", null).status()).isEqualTo(404);
    }

    @Test
    void theScopeRoutesShowAndReplaceTheScope() {
        JsonNode none = admin.get("/api/v1/users/anna/scope").json();
        assertThat(none.get("effective").get("extensions").stringValue()).isEqualTo("NONE");
        Api.Resp put = admin.send("PUT", "/api/v1/users/anna/scope",
            "{\"extensions\":\"GROUPS\",\"trunks\":true,\"reports\":true}");
        assertThat(put.status()).isEqualTo(200);
        JsonNode scope = put.json().get("effective");
        assertThat(scope.get("extensions").stringValue()).isEqualTo("GROUPS");
        assertThat(scope.get("trunks").booleanValue()).isTrue();
        assertThat(scope.get("system").booleanValue()).isFalse();
        assertThat(scope.get("reports").booleanValue()).isTrue();
        assertThat(as("anna").get("/api/v1/me").json().get("scope").get("extensions").stringValue())
            .isEqualTo("GROUPS");

        JsonNode adminScope = admin.get("/api/v1/users/admin/scope").json();
        assertThat(adminScope.get("effective").get("extensions").stringValue()).isEqualTo("ALL");
        assertThat(adminScope.get("effective").get("recordings").booleanValue()).isTrue();
        assertThat(adminScope.get("stored").get("extensions").stringValue()).isEqualTo("NONE");

        Api.Resp bad = admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"SOME\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fields").get("extensions").stringValue()).contains("NONE, OWN, GROUPS or ALL");
        assertThat(admin.send("PUT", "/api/v1/users/anna/scope", "{}").status()).isEqualTo(422);
        assertThat(admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"ALL\",\"trunks\":1}").status())
            .isEqualTo(400);
        assertThat(admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"ALL\",\"billing\":true}").status())
            .isEqualTo(400);
        Api.Resp ghost = admin.send("PUT", "/api/v1/users/ghost/scope", "{\"extensions\":\"ALL\"}");
        assertThat(ghost.status()).isEqualTo(404);
        assertThat(ghost.json().get("code").stringValue()).isEqualTo("user_not_found");
        assertThat(admin.get("/api/v1/users/ghost/scope").status()).isEqualTo(404);
    }

    @Test
    void aScopeChangeAgainstAStaleETagIs412AndChangesNothing() {
        Api.Resp never = admin.get("/api/v1/users/anna/scope");
        assertThat(never.header("ETag")).as("never set").isEqualTo("\"0\"");
        String groups = "{\"extensions\":\"GROUPS\"}";
        Api.Resp first = admin.send("PUT", "/api/v1/users/anna/scope", groups, Map.of("If-Match", "\"0\""));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        Api.Resp second = admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"OWN\"}",
            Map.of("If-Match", "\"1\""));
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        assertThat(admin.get("/api/v1/users/anna/scope").header("ETag")).isEqualTo("\"2\"");
        for (String stale : List.of("\"1\"", "\"0\"", "W/\"2\"", "\"other\"")) {
            Api.Resp r = admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"ALL\"}",
                Map.of("If-Match", stale));
            assertThat(r.status()).as(stale + " → " + r).isEqualTo(412);
            assertThat(r.json().get("code").stringValue()).isEqualTo("precondition_failed");
        }
        JsonNode now = admin.get("/api/v1/users/anna/scope").json();
        assertThat(now.get("stored").get("extensions").stringValue()).as("nothing changed").isEqualTo("OWN");
        assertThat(admin.send("PUT", "/api/v1/users/anna/scope", groups, Map.of("If-Match", "*")).header("ETag"))
            .isEqualTo("\"3\"");
    }

    @Test
    void theReportsAndSystemRightsOpenCallRecordsAndMusicOnHold() {
        Api anna = as("anna");
        assertThat(anna.get("/api/v1/cdr").status()).isEqualTo(403);
        assertThat(anna.get("/api/v1/moh").json().get("message").stringValue()).contains("'system'");
        admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"NONE\",\"reports\":true}");
        assertThat(anna.get("/api/v1/cdr").status()).isEqualTo(200);
        assertThat(anna.get("/api/v1/moh").status()).isEqualTo(403);
        assertThat(anna.get("/api/v1/registrations").status()).as("still for administrators").isEqualTo(403);
        admin.send("PUT", "/api/v1/users/anna/scope", "{\"extensions\":\"NONE\",\"system\":true}");
        assertThat(anna.get("/api/v1/cdr").status()).isEqualTo(403);
        assertThat(anna.get("/api/v1/moh").status()).as("allowed; this test server has no music on hold")
            .isEqualTo(503);
    }
}
