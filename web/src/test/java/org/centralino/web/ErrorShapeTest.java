package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every error, from a route, the use case, Javalin or Jetty, is {@code {"code","message","field"?,"fields"?}};
 * {@code field} names the one field at fault, and is absent when several are.
 */
class ErrorShapeTest extends WebTestBase {
    static final Set<String> KEYS = Set.of("code", "message", "field", "fields", "id");

    @BeforeEach
    void login() {
        api.login();
    }

    static JsonNode error(Api.Resp r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode json = r.json();
        assertThat(json.get("code").stringValue()).as(r.toString()).isEqualTo(code);
        assertThat(json.get("message").stringValue()).isNotBlank();
        assertThat(KEYS).containsAll(json.propertyNames());
        return json;
    }

    @Test
    void oneBadFieldIsNamedInField() {
        JsonNode unknown = error(api.send("POST", "/api/v1/extensions", "{\"number\":\"10\",\"nmae\":\"x\"}"), 400,
            "unknown_field");
        assertThat(unknown.get("field").stringValue()).isEqualTo("nmae");
        JsonNode type = error(api.send("POST", "/api/v1/extensions", "{\"number\":10,\"name\":\"x\"}"), 400,
            "wrong_type");
        assertThat(type.get("field").stringValue()).isEqualTo("number");
        JsonNode rule = error(api.send("POST", "/api/v1/extensions", "{\"number\":\"1\",\"name\":\"x\"}"), 422,
            "validation_failed");
        assertThat(rule.get("field").stringValue()).isEqualTo("number");
        assertThat(rule.get("fields").get("number").stringValue()).contains("digits");
        JsonNode param = error(api.get("/api/v1/extensions?limit=0"), 400, "invalid_parameter");
        assertThat(param.get("field").stringValue()).isEqualTo("limit");
    }

    @Test
    void severalBadFieldsHaveNoSingleField() {
        JsonNode two = error(api.send("POST", "/api/v1/extensions", "{\"number\":\"1\",\"name\":\"\"}"), 422,
            "validation_failed");
        assertThat(two.has("field")).isFalse();
        assertThat(two.get("fields").propertyNames()).containsExactlyInAnyOrder("number", "name");
    }

    @Test
    void javalinAndJettyErrorsHaveTheSameShape() {
        error(api.get("/api/v1/nothing-here"), 404, "not_found");
        error(api.send("PUT", "/api/v1/extensions", "{}"), 405, "method_not_allowed");
        error(api.send("POST", "/api/v1/extensions", "{\"name\":", java.util.Map.of()), 400, "malformed_json");
        error(api.send("POST", "/api/v1/extensions", "x".getBytes(StandardCharsets.UTF_8), "text/plain", api.token),
            415, "unsupported_media_type");
        error(api.send("POST", "/api/v1/extensions", ("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8), "application/json", api.token), 413, "body_too_large");
        error(api.raw("GET /api/v1/extensions HTTP/1.1\r\nX-Big: " + "a".repeat(20_000), new byte[0]), 431,
            "http_431");
        error(api.send("GET", "/api/v1/extensions", null, null, "wrong-token"), 401, "unauthorized");
    }
}
