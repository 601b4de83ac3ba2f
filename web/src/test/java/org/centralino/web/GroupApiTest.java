package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /groups}: groups of extensions and the rights of each group role. */
class GroupApiTest extends AccountTestBase {
    static final String SALES = "{\"name\":\"Sales\",\"members\":[{\"extension\":\"1001\",\"role\":\"MANAGER\"},"
        + "{\"extension\":\"1002\"}],\"rights\":{\"MANAGER\":[\"SEE_MEMBERS\",\"SEE_CALLS\",\"MANAGE_PHONEBOOK\"],"
        + "\"MEMBER\":[\"SHOW_PRESENCE\",\"SHOW_CALLS\"]}}";

    @BeforeEach
    void extensions() {
        extension("1001");
        extension("1002");
        extension("1003");
    }

    @Test
    void theEveryoneGroupExistsFromTheStart() {
        JsonNode items = admin.get("/api/v1/groups").json().get("items");
        assertThat(items).hasSize(1);
        JsonNode everyone = items.get(0);
        assertThat(everyone.get("id").stringValue()).isEqualTo("everyone");
        assertThat(everyone.get("name").stringValue()).isEqualTo("Everyone");
        assertThat(everyone.get("everyone").booleanValue()).isTrue();
        assertThat(everyone.get("rights").get("MEMBER")).extracting(JsonNode::stringValue)
            .containsExactly("SEE_MEMBERS", "SHOW_PRESENCE");
        assertThat(everyone.get("rights").get("MANAGER")).isEmpty();
    }

    @Test
    void aGroupRightToManageThePhonebookLetsAPlainUserEditTheSharedOneAndMeSaysSo() {
        user("anna", "USER", "1001");
        Api anna = as("anna");
        String contact = "{\"firstName\":\"Mario\",\"lastName\":\"Rossi\",\"workPhone\":\"+39 06 1234567\"}";
        assertThat(anna.get("/api/v1/me").json().get("canManageSharedPhonebook").booleanValue()).isFalse();
        assertThat(anna.send("POST", "/api/v1/phonebook/shared", contact).status()).isEqualTo(403);

        assertThat(admin.send("POST", "/api/v1/groups", SALES).status()).isEqualTo(201); // anna's 1001 is MANAGER
        assertThat(anna.get("/api/v1/me").json().get("canManageSharedPhonebook").booleanValue()).isTrue();
        Api.Resp created = anna.send("POST", "/api/v1/phonebook/shared", contact);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void createReadPatchAndDeleteAGroupAndTheRightsFollowAtOnce() {
        UserAccount anna = UserAccount.of("anna", Role.USER, "h", java.time.Instant.now()).withExtension("1001");
        assertThat(server.visibility.canSeeCalls(anna, "1002")).isFalse();
        Api.Resp created = admin.send("POST", "/api/v1/groups", SALES);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        assertThat(created.header("Location")).isEqualTo("/api/v1/groups/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("members").get(1).get("role").stringValue()).isEqualTo("MEMBER");
        assertThat(server.visibility.canSeeCalls(anna, "1002")).as("the rights cache follows at once").isTrue();
        assertThat(server.visibility.canManageSharedPhonebook(anna)).isTrue();

        JsonNode read = admin.get("/api/v1/groups/" + id).json();
        assertThat(read.get("rights").get("MANAGER")).extracting(JsonNode::stringValue)
            .containsExactly("SEE_MEMBERS", "SEE_CALLS", "MANAGE_PHONEBOOK");
        assertThat(admin.get("/api/v1/groups").json().get("items")).extracting(g -> g.get("name").stringValue())
            .containsExactly("Everyone", "Sales");

        Api.Resp patched = admin.send("PATCH", "/api/v1/groups/" + id,
            "{\"name\":\"Sales EU\",\"members\":[{\"extension\":\"1003\",\"role\":\"MANAGER\"},"
                + "{\"extension\":\"1002\"}]}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.json().get("name").stringValue()).isEqualTo("Sales EU");
        assertThat(patched.json().get("rights").get("MEMBER")).hasSize(2);
        assertThat(server.visibility.canSeeCalls(anna, "1002")).isFalse();

        Api.Resp cleared = admin.send("PATCH", "/api/v1/groups/" + id, "{\"rights\":null,\"members\":null}");
        assertThat(cleared.json().get("members")).isEmpty();
        assertThat(cleared.json().get("rights").get("MANAGER")).isEmpty();

        assertThat(admin.send("DELETE", "/api/v1/groups/" + id, null).status()).isEqualTo(204);
        Api.Resp gone = admin.get("/api/v1/groups/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("code").stringValue()).isEqualTo("group_not_found");
    }

    @Test
    void badGroupsAreRefusedNamingTheField() {
        Api.Resp invalid = admin.send("POST", "/api/v1/groups", "{\"name\":\" \",\"members\":[{\"extension\":\"9999\"},"
            + "{\"extension\":\"1001\",\"role\":\"BOSS\"},{\"extension\":\"1002\"},{\"extension\":\"1002\"}],"
            + "\"rights\":{\"OWNER\":[],\"MEMBER\":[\"FLY\"]}}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("fields").propertyNames()).containsExactlyInAnyOrder("name",
            "members[0].extension",
            "members[1].role", "members[3].extension", "rights.OWNER", "rights.MEMBER");
        String[][] wrongTypes = {{"{\"name\":\"X\",\"members\":{}}", "members"},
            {"{\"name\":\"X\",\"members\":[\"1001\"]}", "members[0]"},
            {"{\"name\":\"X\",\"members\":[{\"extension\":1001}]}", "members[0].extension"},
            {"{\"name\":\"X\",\"members\":[{\"extension\":\"1001\",\"boss\":true}]}", "members[0].boss"},
            {"{\"name\":\"X\",\"rights\":[]}", "rights"}, {"{\"name\":\"X\",\"rights\":{\"MEMBER\":\"PARK\"}}",
                "rights.MEMBER"},
            {"{\"name\":\"X\",\"everyone\":\"yes\"}", "everyone"}, {"{\"name\":7}", "name"}};
        for (String[] bad : wrongTypes) {
            Api.Resp r = admin.send("POST", "/api/v1/groups", bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("fields").propertyNames()).as(bad[0]).contains(bad[1]);
        }
        assertThat(admin.send("POST", "/api/v1/groups", "{\"name\":\"X\",\"color\":\"red\"}").json().get("code")
            .stringValue()).isEqualTo("unknown_field");
        assertThat(admin.send("POST", "/api/v1/groups", SALES).status()).isEqualTo(201);
        Api.Resp duplicate = admin.send("POST", "/api/v1/groups", SALES);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").stringValue()).isEqualTo("duplicate_group");
        Api.Resp nullName = admin.send("PATCH", "/api/v1/groups/everyone", "{\"name\":null,\"everyone\":null}");
        assertThat(nullName.status()).isEqualTo(422);
        assertThat(nullName.json().get("fields").propertyNames()).containsExactly("name", "everyone");
        assertThat(admin.send("PATCH", "/api/v1/groups/nope", "{}").status()).isEqualTo(404);
    }

    @Test
    void aStaleIfMatchIs412() {
        assertThat(admin.send("PATCH", "/api/v1/groups/everyone", "{\"name\":\"All of us\"}", Map.of("If-Match",
            "\"1\""))
            .status()).isEqualTo(200);
        Api.Resp stale = admin.send("PATCH", "/api/v1/groups/everyone", "{\"name\":\"Tutti\"}", Map.of("If-Match",
            "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").stringValue()).isEqualTo("precondition_failed");
        assertThat(admin.send("DELETE", "/api/v1/groups/everyone", null, Map.of("If-Match", "\"1\"")).status())
            .isEqualTo(412);
        assertThat(admin.get("/api/v1/groups/everyone").json().get("name").stringValue()).isEqualTo("All of us");
    }

    @Test
    void aStaleIfMatchOnDeleteIs412AndDeletesNothing() {
        Api.Resp created = admin.send("POST", "/api/v1/groups", "{\"name\":\"Sales\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        assertThat(admin.send("PATCH", "/api/v1/groups/" + id, "{\"name\":\"Sales EU\"}").status()).isEqualTo(200);
        Api.Resp stale = admin.send("DELETE", "/api/v1/groups/" + id, null, Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(admin.get("/api/v1/groups/" + id).json().get("name").stringValue()).isEqualTo("Sales EU");
        assertThat(admin.send("DELETE", "/api/v1/groups/" + id, null, Map.of("If-Match", "\"2\"")).status())
            .isEqualTo(204);
        assertThat(admin.get("/api/v1/groups/" + id).status()).isEqualTo(404);
    }
}
