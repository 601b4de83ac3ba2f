package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PATCH changes only the fields it names: absent = unchanged, null = cleared (or refused for a required one). */
class PatchSemanticsTest extends WebTestBase {
    static final String ALICE = "/api/v1/extensions/1001";

    @BeforeEach
    void loginAndCreate() {
        api.login();
        assertThat(api.send("POST", "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"Alice\","
            + "\"email\":\"alice@example.com\",\"mobile\":\"+39 333 1234567\",\"mohClass\":\"jazz\","
            + "\"ringTimeoutSeconds\":45}").status()).isEqualTo(201);
    }

    @Test
    void anAbsentFieldIsUnchanged() {
        JsonNode after = api.send("PATCH", ALICE, "{\"mobile\":\"+39 333 7654321\"}").json();
        assertThat(after.get("mobile").stringValue()).isEqualTo("+39 333 7654321");
        assertThat(after.get("name").stringValue()).isEqualTo("Alice");
        assertThat(after.get("email").stringValue()).isEqualTo("alice@example.com");
        assertThat(after.get("mohClass").stringValue()).isEqualTo("jazz");
        assertThat(after.get("ringTimeoutSeconds").intValue()).isEqualTo(45);
        assertThat(api.send("PATCH", ALICE, "{}").json()).isEqualTo(after);
    }

    @Test
    void nullClearsAnOptionalField() {
        JsonNode after = api.send("PATCH", ALICE, "{\"email\":null,\"mohClass\":null}").json();
        assertThat(after.get("email").isNull()).isTrue();
        assertThat(after.get("mohClass").isNull()).isTrue();
        assertThat(after.get("mobile").stringValue()).isEqualTo("+39 333 1234567");
        assertThat(api.get(ALICE).json().get("email").isNull()).isTrue();
    }

    @Test
    void nullForARequiredFieldIsRefusedNamingIt() {
        Api.Resp r = api.send("PATCH", ALICE, "{\"name\":null}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").stringValue()).isEqualTo("validation_failed");
        assertThat(r.json().get("field").stringValue()).isEqualTo("name");
        Api.Resp ring = api.send("PATCH", ALICE, "{\"ringTimeoutSeconds\":null,\"enabled\":null}");
        assertThat(ring.status()).isEqualTo(422);
        assertThat(ring.json().get("fields").propertyNames()).containsExactlyInAnyOrder("ringTimeoutSeconds",
            "enabled");
        assertThat(api.get(ALICE).json().get("name").stringValue()).isEqualTo("Alice");
    }
}
