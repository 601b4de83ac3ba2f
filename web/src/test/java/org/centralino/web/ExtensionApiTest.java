package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.centralino.core.directory.Extension;
import org.centralino.core.registrar.Binding;
import org.centralino.sip.auth.DigestAlgorithm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExtensionApiTest extends WebTestBase {
    static final String ALICE = "{\"number\":\"1001\",\"name\":\"Alice Rossi\",\"sipPassword\":\"alice-secret\","
        + "\"email\":\"alice@example.com\",\"mobile\":\"+39 333 1234567\",\"digestAlgorithms\":[\"SHA-256\",\"MD5\"]}";

    @BeforeEach
    void login() {
        api.login();
    }

    @Test
    void crudFlow() {
        Api.Resp created = api.send("POST", "/api/v1/extensions", ALICE);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/extensions/1001");
        JsonNode e = created.json();
        assertThat(e.propertyNames()).containsExactly("number", "name", "email", "mobile", "digestAlgorithms",
            "enabled", "ringTimeoutSeconds", "mohClass", "createdAt", "updatedAt", "version");
        assertThat(e.get("name").stringValue()).isEqualTo("Alice Rossi");
        assertThat(e.get("digestAlgorithms").toString()).isEqualTo("[\"SHA-256\",\"MD5\"]");
        assertThat(e.get("enabled").booleanValue()).isTrue();
        assertNoSecrets(created.text());

        Api.Resp got = api.get("/api/v1/extensions/1001");
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(e);
        assertThat(api.get("/api/v1/extensions").json().get("items")).containsExactly(e);

        Api.Resp patched = api.send("PATCH", "/api/v1/extensions/1001",
            "{\"name\":\"Alice R.\",\"email\":null,\"enabled\":false}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("name").stringValue()).isEqualTo("Alice R.");
        assertThat(patched.json().get("email").isNull()).isTrue();
        assertThat(patched.json().get("mobile").stringValue()).isEqualTo("+39 333 1234567");
        assertThat(patched.json().get("enabled").booleanValue()).isFalse();
        assertThat(Instant.parse(patched.json().get("updatedAt").stringValue()))
            .isAfterOrEqualTo(Instant.parse(e.get("updatedAt").stringValue()));

        assertThat(api.send("DELETE", "/api/v1/extensions/1001", null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/extensions/1001").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/extensions").json().get("items")).isEmpty();
    }

    @Test
    void ringTimeoutIsCreatedReadAndPatched() {
        Api.Resp byDefault = api.send("POST", "/api/v1/extensions", "{\"number\":\"1003\",\"name\":\"Carla\"}");
        assertThat(byDefault.json().get("ringTimeoutSeconds").intValue()).isEqualTo(30);
        Api.Resp nullIsDefault = api.send("POST", "/api/v1/extensions",
            "{\"number\":\"1004\",\"name\":\"Dario\",\"ringTimeoutSeconds\":null}");
        assertThat(nullIsDefault.json().get("ringTimeoutSeconds").intValue()).isEqualTo(30);

        Api.Resp created = api.send("POST", "/api/v1/extensions",
            "{\"number\":\"1001\",\"name\":\"Alice\",\"ringTimeoutSeconds\":45}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("ringTimeoutSeconds").intValue()).isEqualTo(45);
        assertThat(api.get("/api/v1/extensions/1001").json().get("ringTimeoutSeconds").intValue()).isEqualTo(45);
        assertThat(server.extensions.find("1001").orElseThrow().ringTimeout()).hasSeconds(45);

        for (int ok : new int[] {5, 600}) {
            Api.Resp p = api.send("PATCH", "/api/v1/extensions/1001", "{\"ringTimeoutSeconds\":" + ok + "}");
            assertThat(p.status()).as(p.toString()).isEqualTo(200);
            assertThat(p.json().get("ringTimeoutSeconds").intValue()).isEqualTo(ok);
            assertThat(p.json().get("name").stringValue()).isEqualTo("Alice");
        }
        assertThat(api.get("/api/v1/extensions").json().get("items").get(0).get("ringTimeoutSeconds").intValue())
            .isEqualTo(600);
    }

    @Test
    void ringTimeoutOutsideTheRangeIs422AndOfTheWrongTypeIs400() {
        for (String bad : new String[] {"4", "601", "0", "-5"}) {
            Api.Resp r = api.send("POST", "/api/v1/extensions",
                "{\"number\":\"1001\",\"name\":\"Alice\",\"ringTimeoutSeconds\":" + bad + "}");
            assertThat(r.status()).as(bad).isEqualTo(422);
            assertThat(r.json().get("code").stringValue()).isEqualTo("validation_failed");
            assertThat(r.json().get("fields").propertyNames()).containsExactly("ringTimeoutSeconds");
            assertThat(r.json().get("fields").get("ringTimeoutSeconds").stringValue())
                .isEqualTo("must be from 5 to 600 seconds, not " + bad);
        }
        assertThat(api.send("POST", "/api/v1/extensions", ALICE).status()).isEqualTo(201);
        for (String bad : new String[] {"4", "601", "null"}) {
            Api.Resp r = api.send("PATCH", "/api/v1/extensions/1001", "{\"ringTimeoutSeconds\":" + bad + "}");
            assertThat(r.status()).as(bad).isEqualTo(422);
            assertThat(r.json().get("fields").get("ringTimeoutSeconds").stringValue()).contains("5 to 600");
        }
        String[][] wrongTypes = {{"\"30\"", "must be an integer, not a string"},
            {"30.5", "must be a whole number, not 30.5"}, {"30.0", "must be a whole number, not 30.0"},
            {"true", "must be an integer, not a boolean"}, {"[30]", "must be an integer, not an array"},
            {"99999999999", "must be an integer of at most 32 bits, not 99999999999"}};
        for (String[] bad : wrongTypes) {
            Api.Resp r = api.send("PATCH", "/api/v1/extensions/1001", "{\"ringTimeoutSeconds\":" + bad[0] + "}");
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("code").stringValue()).isEqualTo("wrong_type");
            assertThat(r.json().get("fields").get("ringTimeoutSeconds").stringValue()).isEqualTo(bad[1]);
        }
        assertThat(server.extensions.find("1001").orElseThrow().ringTimeoutSeconds()).isEqualTo(30);
    }

    @Test
    void mohClassIsCreatedReadPatchedAndCleared() {
        Api.Resp byDefault = api.send("POST", "/api/v1/extensions", "{\"number\":\"1003\",\"name\":\"Carla\"}");
        assertThat(byDefault.json().get("mohClass").isNull()).as(byDefault.toString()).isTrue();

        Api.Resp created = api.send("POST", "/api/v1/extensions",
            "{\"number\":\"1001\",\"name\":\"Alice\",\"mohClass\":\"jazz\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("mohClass").stringValue()).isEqualTo("jazz");
        assertThat(api.get("/api/v1/extensions/1001").json().get("mohClass").stringValue()).isEqualTo("jazz");
        assertThat(server.extensions.find("1001").orElseThrow().mohClass()).isEqualTo("jazz");

        Api.Resp changed = api.send("PATCH", "/api/v1/extensions/1001", "{\"mohClass\":\"sales-2026\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("mohClass").stringValue()).isEqualTo("sales-2026");
        assertThat(changed.json().get("name").stringValue()).isEqualTo("Alice");
        Api.Resp renamed = api.send("PATCH", "/api/v1/extensions/1001", "{\"name\":\"Alice R.\"}");
        assertThat(renamed.json().get("mohClass").stringValue()).isEqualTo("sales-2026");
        assertThat(api.get("/api/v1/extensions").json().get("items").get(0).get("mohClass").stringValue())
            .isEqualTo("sales-2026");

        Api.Resp cleared = api.send("PATCH", "/api/v1/extensions/1001", "{\"mohClass\":null}");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("mohClass").isNull()).isTrue();
        assertThat(server.extensions.find("1001").orElseThrow().mohClass()).isNull();
    }

    @Test
    void aBadMohClassIs422NamingTheFieldAndOfTheWrongTypeIs400() {
        String rule = "must be 1 to 40 characters of a-z, 0-9, '_' or '-', starting with a letter or digit";
        for (String bad : new String[] {"", "Jazz", "a".repeat(41), "-x", "../moh", "jazz rock"}) {
            Api.Resp r = api.send("POST", "/api/v1/extensions",
                "{\"number\":\"1001\",\"name\":\"Alice\",\"mohClass\":\"" + bad + "\"}");
            assertThat(r.status()).as(bad).isEqualTo(422);
            assertThat(r.json().get("code").stringValue()).isEqualTo("validation_failed");
            assertThat(r.json().get("fields").propertyNames()).containsExactly("mohClass");
            assertThat(r.json().get("fields").get("mohClass").stringValue()).startsWith(rule + ", not '");
        }
        assertThat(api.send("POST", "/api/v1/extensions", ALICE).status()).isEqualTo(201);
        Api.Resp upper = api.send("PATCH", "/api/v1/extensions/1001", "{\"mohClass\":\"Jazz\"}");
        assertThat(upper.status()).isEqualTo(422);
        assertThat(upper.json().get("fields").get("mohClass").stringValue()).isEqualTo(rule + ", not 'Jazz'");
        for (String wrong : new String[] {"7", "true", "[\"jazz\"]", "{\"name\":\"jazz\"}"}) {
            Api.Resp r = api.send("PATCH", "/api/v1/extensions/1001", "{\"mohClass\":" + wrong + "}");
            assertThat(r.status()).as(wrong).isEqualTo(400);
            assertThat(r.json().get("code").stringValue()).isEqualTo("wrong_type");
            assertThat(r.json().get("fields").get("mohClass").stringValue()).startsWith("must be a string, not ");
        }
        assertThat(server.extensions.find("1001").orElseThrow().mohClass()).isNull();
    }

    @Test
    void generatedPasswordIsReturnedOnceAndMatchesTheStoredHa1() {
        Api.Resp created = api.send("POST", "/api/v1/extensions", "{\"number\":\"1002\",\"name\":\"Bob\"}");
        assertThat(created.status()).isEqualTo(201);
        String password = created.json().get("sipPassword").stringValue();
        assertThat(password).hasSize(16);
        Extension stored = server.extensions.find("1002").orElseThrow();
        assertThat(stored.digestAlgorithms()).containsExactly(DigestAlgorithm.MD5);
        assertThat(stored.ha1().get(DigestAlgorithm.MD5))
            .isEqualTo(DigestAlgorithm.MD5.ha1("1002", TestServer.REALM, password));
        assertThat(api.get("/api/v1/extensions/1002").text()).doesNotContain(password).doesNotContain("sipPassword");
        assertThat(api.get("/api/v1/extensions").text()).doesNotContain(password);
        assertThat(api.send("POST", "/api/v1/extensions", ALICE).json().has("sipPassword")).isFalse();
    }

    @Test
    void patchPasswordChangesHa1() {
        api.send("POST", "/api/v1/extensions", ALICE);
        String before = server.extensions.find("1001").orElseThrow().ha1().get(DigestAlgorithm.SHA_256);
        Api.Resp r = api.send("PATCH", "/api/v1/extensions/1001", "{\"sipPassword\":\"new-secret-99\"}");
        assertThat(r.status()).isEqualTo(200);
        assertNoSecrets(r.text());
        Extension after = server.extensions.find("1001").orElseThrow();
        assertThat(after.ha1().get(DigestAlgorithm.SHA_256)).isNotEqualTo(before)
            .isEqualTo(DigestAlgorithm.SHA_256.ha1("1001", TestServer.REALM, "new-secret-99"));
        assertThat(after.ha1().get(DigestAlgorithm.MD5))
            .isEqualTo(DigestAlgorithm.MD5.ha1("1001", TestServer.REALM, "new-secret-99"));
    }

    @Test
    void duplicateNumberIs409() {
        assertThat(api.send("POST", "/api/v1/extensions", ALICE).status()).isEqualTo(201);
        Api.Resp dup = api.send("POST", "/api/v1/extensions", ALICE);
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.json().get("code").stringValue()).isEqualTo("duplicate_extension");
        assertThat(dup.json().get("message").stringValue()).contains("1001");
    }

    @Test
    void validationIs422NamingEveryBadField() {
        Api.Resp r = api.send("POST", "/api/v1/extensions", "{\"number\":\"1\",\"name\":\"\",\"email\":\"x@\","
            + "\"mobile\":\"12a\",\"sipPassword\":\"short\",\"digestAlgorithms\":[\"SHA-512\"]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").stringValue()).isEqualTo("validation_failed");
        assertThat(r.json().get("fields").propertyNames())
            .containsExactlyInAnyOrder("number", "name", "email", "mobile", "sipPassword", "digestAlgorithms");
        assertThat(r.json().get("fields").get("sipPassword").stringValue()).contains("at least 8");

        api.send("POST", "/api/v1/extensions", ALICE);
        Api.Resp p = api.send("PATCH", "/api/v1/extensions/1001", "{\"name\":null,\"digestAlgorithms\":[]}");
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.json().get("fields").propertyNames()).containsExactly("name", "digestAlgorithms");
    }

    @Test
    void unknownExtensionAndUnknownRouteAre404() {
        for (String[] call : new String[][] {{"GET", "/api/v1/extensions/999"}, {"PATCH", "/api/v1/extensions/999"},
            {"DELETE", "/api/v1/extensions/999"}}) {
            Api.Resp r = api.send(call[0], call[1], call[0].equals("PATCH") ? "{}" : null);
            assertThat(r.status()).as(call[0]).isEqualTo(404);
            assertThat(r.json().get("code").stringValue()).isEqualTo("extension_not_found");
        }
        Api.Resp route = api.get("/api/v1/nothing-here");
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().get("code").stringValue()).isEqualTo("not_found");
    }

    @Test
    void wrongMethodIs405AndWrongContentTypeIs415() {
        Api.Resp put = api.send("PUT", "/api/v1/extensions/1001", "{}");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().get("message").stringValue()).contains("GET").contains("PATCH").contains("DELETE");
        Api.Resp form = api.send("POST", "/api/v1/extensions", "number=1001".getBytes(),
            "application/x-www-form-urlencoded", api.token);
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.json().get("code").stringValue()).isEqualTo("unsupported_media_type");
    }

    @Test
    void registrationsListsCurrentContacts() {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        server.registrations.bindings.add(new Binding("1001", "sip:1001@192.0.2.10:5062", "udp:192.0.2.10:5062",
            now.plusSeconds(3600), "abc@phone", 7, "Yealink T54W", 500, now));
        server.registrations.bindings.add(new Binding("1002", "sip:1002@192.0.2.11", "tcp:192.0.2.11:40000",
            now.plusSeconds(600), "def@phone", 1, null, 1000, now));
        JsonNode all = api.get("/api/v1/registrations").json().get("items");
        assertThat(all).hasSize(2);
        JsonNode first = all.get(0);
        assertThat(first.get("contact").stringValue()).isEqualTo("sip:1001@192.0.2.10:5062");
        assertThat(first.get("q").doubleValue()).isEqualTo(0.5);
        assertThat(first.get("expiresAt").stringValue()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(api.get("/api/v1/registrations?extension=1002").json().get("items")).hasSize(1);
    }

    private void assertNoSecrets(String json) {
        Extension stored = server.extensions.find("1001").orElseThrow();
        assertThat(json).doesNotContainIgnoringCase("ha1").doesNotContain("alice-secret")
            .doesNotContain("sipPassword").doesNotContain(stored.ha1().get(DigestAlgorithm.MD5));
    }
}
