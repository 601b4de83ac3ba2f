package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /users}: administrators manage users; nobody else may. */
class UserAdminApiTest extends AccountTestBase {

    @Test
    void deletingAnExtensionKeepsItsUserWithoutTheLinkAndFreesTheNumber() {
        extension("1009");
        user("marta", "USER", "1009");
        long before = admin.get("/api/v1/users/marta").json().get("version").longValue();
        assertThat(admin.send("DELETE", "/api/v1/extensions/1009", null).status()).isEqualTo(204);
        JsonNode marta = admin.get("/api/v1/users/marta").json();
        assertThat(marta.get("extension").isNull()).as(marta.toString()).isTrue();
        assertThat(marta.get("version").longValue()).isEqualTo(before + 1);
        assertThat(as("marta").get("/api/v1/me/forwarding").status()).as("no extension any more").isEqualTo(422);
        extension("1009");
        user("nadia", "USER", "1009");
    }

    @Test
    void createReadListPatchAndDeleteAUser() {
        extension("1001");
        Api.Resp created = admin.send("POST", "/api/v1/users",
            "{\"username\":\"anna\",\"password\":\"anna-password-1\","
            + "\"displayName\":\"Anna Bianchi\",\"email\":\"anna@example.com\",\"language\":\"en\","
            + "\"role\":\"OPERATOR\","
            + "\"extension\":\"1001\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/users/anna");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.text()).doesNotContain("anna-password-1").doesNotContain("argon2");
        JsonNode anna = admin.get("/api/v1/users/anna").json();
        assertThat(anna.get("displayName").stringValue()).isEqualTo("Anna Bianchi");
        assertThat(anna.get("role").stringValue()).isEqualTo("OPERATOR");
        assertThat(anna.get("extension").stringValue()).isEqualTo("1001");
        assertThat(anna.get("enabled").booleanValue()).isTrue();
        assertThat(anna.has("scope")).as("the scope has its own route").isFalse();
        assertThat(admin.get("/api/v1/users").json().get("items")).extracting(u -> u.get("username").stringValue())
            .containsExactly("admin", "anna");

        Api.Resp patched = admin.send("PATCH", "/api/v1/users/anna",
            "{\"role\":\"PHONEBOOK_MANAGER\",\"extension\":null}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.json().get("role").stringValue()).isEqualTo("PHONEBOOK_MANAGER");
        assertThat(patched.json().get("extension").isNull()).isTrue();
        assertThat(patched.json().get("displayName").stringValue()).isEqualTo("Anna Bianchi");

        assertThat(admin.send("DELETE", "/api/v1/users/anna", null).status()).isEqualTo(204);
        Api.Resp gone = admin.get("/api/v1/users/anna");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("code").stringValue()).isEqualTo("user_not_found");
        assertThat(admin.send("PATCH", "/api/v1/users/anna", "{}").status()).isEqualTo(404);
        assertThat(admin.send("DELETE", "/api/v1/users/anna", null).status()).isEqualTo(404);
    }

    @Test
    void theAdminSetsAPasswordThatEndsTheUsersSessions() {
        user("anna", "USER", null);
        Api anna = as("anna");
        Api.Resp r = admin.send("PATCH", "/api/v1/users/anna", "{\"password\":\"reset-by-admin-1\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).doesNotContain("reset-by-admin-1");
        assertThat(anna.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.api().loginAs("anna", "reset-by-admin-1").get("/api/v1/me").status()).isEqualTo(200);
        Api.Resp tooShort = admin.send("PATCH", "/api/v1/users/anna", "{\"password\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().get("fields").get("password").stringValue())
            .isEqualTo("must be at least 10 characters");
    }

    @Test
    void everyValidationErrorIsNamed() {
        Api.Resp r = admin.send("POST", "/api/v1/users", "{\"username\":\"Anna Bianchi\",\"password\":\"short\","
            + "\"displayName\":\"\",\"email\":\"x@\",\"mobile\":\"12a\",\"language\":\"fr\",\"timeZone\":\"Nowhere\","
            + "\"dateFormat\":\"HH:mm\",\"role\":\"ROOT\",\"extension\":\"9999\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").stringValue()).isEqualTo("validation_failed");
        assertThat(r.json().get("fields").propertyNames()).containsExactlyInAnyOrder("username", "password",
            "displayName", "email", "mobile", "language", "timeZone", "dateFormat", "role", "extension");
        assertThat(r.json().get("fields").get("extension").stringValue()).isEqualTo("no extension '9999' exists");
        Api.Resp missing = admin.send("POST", "/api/v1/users", "{}");
        assertThat(missing.json().get("fields").propertyNames()).containsExactlyInAnyOrder("username", "password",
            "role");
        Api.Resp type = admin.send("POST", "/api/v1/users", "{\"username\":\"x\",\"enabled\":\"yes\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("fields").propertyNames()).containsExactly("enabled");
        assertThat(admin.send("POST", "/api/v1/users", "{\"username\":\"x\",\"passwordHash\":\"$argon2id$\"}").status())
            .isEqualTo(400);

        extension("1001");
        user("anna", "USER", "1001");
        Api.Resp taken = admin.send("POST", "/api/v1/users", "{\"username\":\"bruno\",\"password\":\"bruno-password\","
            + "\"role\":\"USER\",\"extension\":\"1001\"}");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.json().get("fields").get("extension").stringValue())
            .contains("already belongs to user 'anna'");
        Api.Resp duplicate = admin.send("POST", "/api/v1/users",
            "{\"username\":\"anna\",\"password\":\"anna-password\","
            + "\"role\":\"USER\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").stringValue()).isEqualTo("duplicate_user");
        Api.Resp badPatch = admin.send("PATCH", "/api/v1/users/anna",
            "{\"role\":null,\"enabled\":null,\"extension\":\"77\"}");
        assertThat(badPatch.json().get("fields").propertyNames()).containsExactlyInAnyOrder("role", "enabled",
            "extension");
    }

    @Test
    void aStaleIfMatchIs412AndAMatchingOneApplies() {
        user("anna", "USER", null);
        Api.Resp first = admin.send("PATCH", "/api/v1/users/anna", "{\"displayName\":\"A\"}", Map.of("If-Match",
            "\"1\""));
        assertThat(first.status()).isEqualTo(200);
        Api.Resp stale = admin.send("PATCH", "/api/v1/users/anna", "{\"displayName\":\"B\"}", Map.of("If-Match",
            "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").stringValue()).isEqualTo("precondition_failed");
        assertThat(admin.send("PATCH", "/api/v1/users/anna", "{\"displayName\":\"B\"}", Map.of("If-Match", "W/\"2\""))
            .status()).as("weak tags never match If-Match").isEqualTo(412);
        assertThat(admin.send("DELETE", "/api/v1/users/anna", null, Map.of("If-Match", "\"1\"")).status())
            .isEqualTo(412);
        assertThat(admin.get("/api/v1/users/anna").json().get("displayName").stringValue()).isEqualTo("A");
        assertThat(admin.send("PATCH", "/api/v1/users/anna", "{\"displayName\":\"C\"}", Map.of("If-Match", "*"))
            .status())
            .isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/v1/users/anna", null, Map.of("If-Match", "\"3\"")).status())
            .isEqualTo(204);
    }

    @Test
    void theLastEnabledAdminStays() {
        for (String body : new String[] {"{\"role\":\"USER\"}", "{\"enabled\":false}"}) {
            Api.Resp r = admin.send("PATCH", "/api/v1/users/admin", body);
            assertThat(r.status()).as(body).isEqualTo(409);
            assertThat(r.json().get("code").stringValue()).isEqualTo("last_admin");
        }
        assertThat(admin.send("DELETE", "/api/v1/users/admin", null).status()).isEqualTo(409);
        user("second", "ADMIN", null);
        assertThat(admin.send("PATCH", "/api/v1/users/admin", "{\"role\":\"USER\"}").status()).isEqualTo(200);
    }

    @Test
    void nonAdministratorsCannotReachTheAdministrationRoutes() {
        user("op", "OPERATOR", null);
        user("pm", "PHONEBOOK_MANAGER", null);
        user("anna", "USER", null);
        scope("anna", "ALL");
        for (String who : new String[] {"op", "pm", "anna"}) {
            Api api = as(who);
            for (String[] call : new String[][] {{"GET", "/api/v1/users"}, {"POST", "/api/v1/users"},
                {"GET", "/api/v1/users/admin"}, {"PATCH", "/api/v1/users/admin"}, {"DELETE", "/api/v1/users/admin"},
                {"GET", "/api/v1/users/" + who + "/scope"}, {"PUT", "/api/v1/users/" + who + "/scope"},
                {"GET", "/api/v1/groups"}, {"POST", "/api/v1/groups"}, {"GET", "/api/v1/groups/everyone"},
                {"PATCH", "/api/v1/groups/everyone"}, {"DELETE", "/api/v1/groups/everyone"}, {"GET",
                    "/api/v1/audit"}}) {
                boolean bodyless = call[0].equals("GET") || call[0].equals("DELETE");
                Api.Resp r = api.send(call[0], call[1], bodyless ? null : "{}");
                assertThat(r.status()).as(who + " " + call[0] + " " + call[1]).isEqualTo(403);
                assertThat(r.json().get("code").stringValue()).isEqualTo("forbidden");
            }
        }
        assertThat(admin.get("/api/v1/users/admin").json().get("role").stringValue()).isEqualTo("ADMIN");
    }
}
