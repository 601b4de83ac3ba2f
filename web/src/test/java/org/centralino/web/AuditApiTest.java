package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /audit}: every administrative change, with who, what, when, before and after. */
class AuditApiTest extends AccountTestBase {

    static List<String> actions(Api.Resp page) {
        return page.json().get("items").valueStream().map(e -> e.get("action").stringValue()).toList();
    }

    @Test
    void userChangesAreRecordedWithBeforeAndAfterAndWithoutSecrets() {
        user("anna", "USER", null);
        admin.send("PATCH", "/api/v1/users/anna", "{\"displayName\":\"Anna B.\"}");
        admin.send("PATCH", "/api/v1/users/anna", "{\"password\":\"reset-by-admin-1\"}");
        Api anna = server.api().loginAs("anna", "reset-by-admin-1");
        anna.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"reset-by-admin-1\",\"newPassword\":\"mine-again-1\"}");
        admin.send("DELETE", "/api/v1/users/anna", null);

        Api.Resp page = admin.get("/api/v1/audit?entity=user:anna");
        assertThat(page.status()).isEqualTo(200);
        assertThat(actions(page)).containsExactly("user.delete", "user.password_change", "user.password_reset",
            "user.update", "user.create");
        JsonNode update = page.json().get("items").get(3);
        assertThat(update.get("actor").stringValue()).isEqualTo("admin");
        assertThat(update.get("entityType").stringValue()).isEqualTo("user");
        assertThat(update.get("entityId").stringValue()).isEqualTo("anna");
        assertThat(update.get("before").get("displayName").stringValue()).isEqualTo("anna");
        assertThat(update.get("after").get("displayName").stringValue()).isEqualTo("Anna B.");
        assertThat(update.get("at").stringValue()).endsWith("Z");
        JsonNode create = page.json().get("items").get(4);
        assertThat(create.get("before").isNull()).isTrue();
        assertThat(create.get("after").get("role").stringValue()).isEqualTo("USER");
        assertThat(page.json().get("items").get(0).get("after").isNull()).isTrue();
        assertThat(page.json().get("items").get(1).get("actor").stringValue()).isEqualTo("anna");
        assertThat(page.text()).doesNotContain("argon2").doesNotContain("reset-by-admin-1")
            .doesNotContain("mine-again-1")
            .doesNotContain(password("anna"));
    }

    @Test
    void anAdministratorsChangeOfSomeonesForwardingAndSharedPhonebookEditsAreRecorded() {
        extension("1001");
        user("anna", "USER", "1001");
        user("rubrica", "PHONEBOOK_MANAGER", null);
        Api anna = as("anna");
        assertThat(anna.send("PATCH", "/api/v1/me/forwarding", "{\"dnd\":true}").status()).isEqualTo(200);
        assertThat(admin.send("PATCH", "/api/v1/extensions/1001/forwarding",
            "{\"unconditional\":{\"enabled\":true,\"target\":{\"type\":\"voicemail\"}}}").status())
            .isEqualTo(200);
        Api.Resp forwarding = admin.get("/api/v1/audit?entity=extension:1001");
        assertThat(actions(forwarding)).as("the owner's own change is not an administrative one")
            .containsExactly("forwarding.update", "extension.create");
        JsonNode change = forwarding.json().get("items").get(0);
        assertThat(change.get("before").get("dnd").booleanValue()).isTrue();
        assertThat(change.get("before").get("unconditional").get("enabled").booleanValue()).isFalse();
        assertThat(change.get("after").get("unconditional").get("enabled").booleanValue()).isTrue();

        Api rubrica = as("rubrica");
        Api.Resp created = rubrica.send("POST", "/api/v1/phonebook/shared",
            "{\"firstName\":\"Mario\",\"lastName\":\"Rossi\",\"workPhone\":\"+39 06 1234567\"}");
        String id = created.json().get("id").stringValue();
        rubrica.send("PATCH", "/api/v1/phonebook/shared/" + id, "{\"company\":\"ACME\"}");
        rubrica.send("DELETE", "/api/v1/phonebook/shared/" + id, null);
        anna.send("POST", "/api/v1/contacts", "{\"firstName\":\"Private\",\"visibility\":\"private\"}");
        rubrica.send("POST", "/api/v1/phonebook/shared/import?dryRun=false",
            "firstName,lastName\r\nLuigi,Verdi\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv", rubrica.token);
        Api.Resp phonebook = admin.get("/api/v1/audit?actor=rubrica");
        assertThat(actions(phonebook)).containsExactly("phonebook.shared.import", "phonebook.shared.delete",
            "phonebook.shared.update", "phonebook.shared.create");
        JsonNode update = phonebook.json().get("items").get(2);
        assertThat(update.get("before").get("company").isNull()).isTrue();
        assertThat(update.get("after").get("company").stringValue()).isEqualTo("ACME");
        assertThat(phonebook.json().get("items").get(0).get("after").get("created").intValue()).isEqualTo(1);
        assertThat(actions(admin.get("/api/v1/audit?actor=anna"))).as("personal contacts are private").isEmpty();
    }

    @Test
    void groupScopeAndExtensionChangesAreRecordedAndFiltered() {
        extension("1001");
        admin.send("PATCH", "/api/v1/extensions/1001", "{\"name\":\"Reception\"}");
        admin.send("PATCH", "/api/v1/extensions/1001", "{\"sipPassword\":\"another-sip-secret\"}");
        user("anna", "USER", "1001");
        scope("anna", "OWN");
        Api anna = as("anna");
        anna.send("PATCH", "/api/v1/extensions/1001", "{\"name\":\"Anna\"}");
        admin.send("POST", "/api/v1/groups", "{\"name\":\"Sales\",\"members\":[{\"extension\":\"1001\"}]}");
        admin.send("DELETE", "/api/v1/extensions/1001", null);

        assertThat(actions(admin.get("/api/v1/audit?entity=extension"))).containsExactly("extension.delete",
            "extension.update", "extension.sip_password_set", "extension.update", "extension.create");
        Api.Resp byAnna = admin.get("/api/v1/audit?actor=anna");
        assertThat(actions(byAnna)).containsExactly("extension.update");
        JsonNode delegated = byAnna.json().get("items").get(0);
        assertThat(delegated.get("before").get("name").stringValue()).isEqualTo("Reception");
        assertThat(delegated.get("after").get("name").stringValue()).isEqualTo("Anna");
        JsonNode scope = admin.get("/api/v1/audit?entity=scope:anna").json().get("items").get(0);
        assertThat(scope.get("before").get("extensions").stringValue()).isEqualTo("NONE");
        assertThat(scope.get("after").get("extensions").stringValue()).isEqualTo("OWN");
        assertThat(actions(admin.get("/api/v1/audit?entity=group"))).containsExactly("group.create");
        assertThat(admin.get("/api/v1/audit").text()).doesNotContain("sip-secret").doesNotContainIgnoringCase("ha1");
    }

    @Test
    void theLogPagesWithACursorAndRefusesBadParameters() {
        for (int i = 0; i < 5; i++) {
            user("user" + i, "USER", null);
        }
        Api.Resp first = admin.get("/api/v1/audit?limit=2");
        assertThat(first.json().get("items")).hasSize(2);
        String cursor = first.json().get("nextCursor").stringValue();
        Api.Resp second = admin.get("/api/v1/audit?limit=2&cursor=" + cursor);
        Api.Resp third = admin.get("/api/v1/audit?limit=2&cursor=" + second.json().get("nextCursor").stringValue());
        assertThat(third.json().get("items")).hasSize(1);
        assertThat(third.json().get("nextCursor").isNull()).isTrue();
        List<String> ids = new java.util.ArrayList<>();
        for (Api.Resp p : List.of(first, second, third)) {
            p.json().get("items").forEach(e -> ids.add(e.get("entityId").stringValue()));
        }
        assertThat(ids).containsExactly("user4", "user3", "user2", "user1", "user0");

        for (String bad : new String[] {"limit=0", "limit=501", "limit=x", "cursor=!!", "cursor=bm9jb2xvbg"}) {
            Api.Resp r = admin.get("/api/v1/audit?" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("code").stringValue()).isEqualTo("invalid_parameter");
        }
    }
}
