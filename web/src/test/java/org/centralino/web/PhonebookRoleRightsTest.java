package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.core.account.Role;
import org.centralino.core.rights.Visibility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The phonebooks ask {@link Visibility} (not the role) who sees presence and who edits the shared phonebook: with the
 * role-based rights, a plain user sees only their own extension's presence and only administrators and phonebook
 * managers edit the company phonebook.
 */
class PhonebookRoleRightsTest extends PhonebookTestBase {
    @Override
    Visibility visibility() {
        return Visibility.roleBased();
    }

    @Test
    void presenceAndSharedWritesFollowTheRights() {
        api.login();
        created(api, "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"Nicolò Bianchi\"}");
        created(api, "/api/v1/extensions", "{\"number\":\"1002\",\"name\":\"Anna Rossi\"}");
        server.presenceOverride.put("1001", "busy");
        server.presenceOverride.put("1002", "dnd");
        Api anna = user("anna", Role.USER, "1002");
        JsonNode items = anna.get("/api/v1/phonebook/internal").json().get("items");
        assertThat(items.get(0).has("presence")).as("not her extension").isFalse();
        assertThat(items.get(1).get("presence").stringValue()).isEqualTo("dnd");
        Api operator = user("centralinista", Role.OPERATOR, null);
        assertThat(operator.get("/api/v1/phonebook/search?q=nicolo").json().get("items").get(0).get("presence")
            .stringValue()).isEqualTo("busy");

        assertThat(anna.send("POST", "/api/v1/phonebook/shared", "{\"company\":\"ACME\"}").status()).isEqualTo(403);
        assertThat(operator.send("POST", "/api/v1/phonebook/shared", "{\"company\":\"ACME\"}").status())
            .isEqualTo(403);
        Api manager = user("rubrica", Role.PHONEBOOK_MANAGER, null);
        assertThat(manager.send("POST", "/api/v1/phonebook/shared", "{\"company\":\"ACME\"}").status())
            .isEqualTo(201);
    }
}
