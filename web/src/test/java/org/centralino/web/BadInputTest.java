package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Throws a battery of bad requests at every endpoint and checks that each gets a 4xx with a JSON error
 * that says something: never a 500, never an HTML page, never an empty body.
 */
class BadInputTest extends WebTestBase {
    static final String JSON = "application/json";

    record Bad(String what, byte[] body, String contentType) {
        static Bad json(String what, String body) {
            return new Bad(what, body.getBytes(StandardCharsets.UTF_8), JSON);
        }

        static Bad typed(String what, String body, String contentType) {
            return new Bad(what, body.getBytes(StandardCharsets.UTF_8), contentType);
        }
    }

    /** Bodies that are wrong for every endpoint that takes one. */
    static List<Bad> badBodies() {
        List<Bad> b = new ArrayList<>();
        b.add(new Bad("empty body", new byte[0], JSON));
        b.add(Bad.json("only whitespace", "  \n "));
        b.add(Bad.json("unterminated object", "{"));
        b.add(Bad.json("missing value", "{\"number\":}"));
        b.add(Bad.json("trailing comma", "{\"name\":\"a\",}"));
        b.add(Bad.json("extra closing brace", "{\"name\":\"a\"}}"));
        b.add(Bad.json("trailing garbage", "{} xyz"));
        b.add(Bad.json("single quotes", "{'name':'a'}"));
        b.add(Bad.json("bare word", "nul"));
        b.add(Bad.json("comment", "/* hi */ {}"));
        b.add(Bad.json("array", "[]"));
        b.add(Bad.json("array of object", "[{\"number\":\"1001\",\"name\":\"A\"}]"));
        b.add(Bad.json("string", "\"hello\""));
        b.add(Bad.json("number", "42"));
        b.add(Bad.json("true", "true"));
        b.add(Bad.json("null", "null"));
        b.add(Bad.json("duplicate key", "{\"name\":\"a\",\"name\":\"b\"}"));
        b.add(Bad.json("unknown field", "{\"nmae\":\"typo\"}"));
        b.add(Bad.json("huge exponent", "{\"name\":1e999999}"));
        b.add(Bad.json("huge integer", "{\"name\":" + "9".repeat(5000) + "}"));
        b.add(Bad.json("huge negative", "{\"enabled\":-" + "9".repeat(900) + "}"));
        b.add(Bad.json("NaN", "{\"name\":NaN}"));
        b.add(Bad.json("object instead of string", "{\"name\":{\"first\":\"A\"}}"));
        b.add(Bad.json("array instead of string", "{\"name\":[\"A\"]}"));
        b.add(Bad.json("number instead of string", "{\"name\":12}"));
        b.add(Bad.json("bool instead of string", "{\"name\":true}"));
        b.add(Bad.json("string instead of array", "{\"digestAlgorithms\":\"MD5\"}"));
        b.add(Bad.json("null inside array", "{\"digestAlgorithms\":[null]}"));
        b.add(Bad.json("nested array", "{\"digestAlgorithms\":[[\"MD5\"]]}"));
        b.add(Bad.json("string ring timeout", "{\"ringTimeoutSeconds\":\"30\"}"));
        b.add(Bad.json("fractional ring timeout", "{\"ringTimeoutSeconds\":30.5}"));
        b.add(Bad.json("huge ring timeout", "{\"ringTimeoutSeconds\":" + "9".repeat(900) + "}"));
        b.add(Bad.json("ring timeout out of range", "{\"name\":\"A\",\"number\":\"78\",\"ringTimeoutSeconds\":4}"));
        b.add(Bad.json("number as mohClass", "{\"mohClass\":40}"));
        b.add(Bad.json("mohClass breaking the rule", "{\"name\":\"A\",\"number\":\"79\",\"mohClass\":\"../etc\"}"));
        b.add(Bad.json("unknown algorithm", "{\"name\":\"A\",\"number\":\"77\",\"digestAlgorithms\":[\"SHA-512\"]}"));
        b.add(Bad.json("deep nesting", "[".repeat(10_000) + "]".repeat(10_000)));
        b.add(Bad.json("deep object", "{\"name\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001)));
        b.add(Bad.json("all nulls", "{\"number\":null,\"name\":null,\"email\":null,\"mobile\":null,"
            + "\"sipPassword\":null,\"digestAlgorithms\":null}"));
        b.add(Bad.json("fullwidth digits", "{\"number\":\"１００１\",\"name\":\"😀\"}"));
        b.add(Bad.json("NUL in name", "{\"number\":\"77\",\"name\":\"a\\u0000b\"}"));
        b.add(Bad.json("CRLF in name", "{\"number\":\"77\",\"name\":\"a\\r\\nVia: x\"}"));
        b.add(Bad.json("lone surrogate", "{\"number\":\"77\",\"name\":\"\\ud800\"}"));
        b.add(Bad.json("bad escape", "{\"name\":\"\\x41\"}"));
        b.add(new Bad("invalid UTF-8", new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff,
            (byte) 0xfe, '"', '}'}, JSON));
        b.add(Bad.json("name too long", "{\"number\":\"77\",\"name\":\"" + "x".repeat(200_000) + "\"}"));
        b.add(Bad.json("body too large", "{\"name\":\"" + "x".repeat(2_000_000) + "\"}"));
        b.add(Bad.typed("text/plain", "{\"number\":\"77\",\"name\":\"A\"}", "text/plain"));
        b.add(Bad.typed("form", "number=77&name=A", "application/x-www-form-urlencoded"));
        b.add(Bad.typed("xml", "<extension/>", "application/xml"));
        b.add(Bad.typed("no content type", "{\"number\":\"77\",\"name\":\"A\"}", null));
        b.add(Bad.typed("latin-1 charset", "{\"number\":\"77\",\"name\":\"A\"}", "application/json; charset=iso-8859-1"));
        b.add(new Bad("UTF-16 body", "{\"number\":\"77\",\"name\":\"A\"}".getBytes(StandardCharsets.UTF_16),
            "application/json; charset=utf-16"));
        b.add(Bad.typed("garbage content type", "{}", "\u00e9/\u00e8"));
        return b;
    }

    @BeforeEach
    void loginAndCreate() {
        api.login();
        assertThat(api.send("POST", "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"Alice\"}").status())
            .isEqualTo(201);
    }

    @Test
    void bodiesAtEveryEndpointThatTakesOne() {
        for (String[] endpoint : new String[][] {{"POST", "/api/v1/extensions"}, {"PATCH", "/api/v1/extensions/1001"},
            {"POST", "/api/v1/auth/login"}}) {
            for (Bad bad : badBodies()) {
                Api.Resp r = sendRaw(endpoint[0], endpoint[1], bad.body(), bad.contentType());
                assertJson4xx(r, endpoint[0] + " " + endpoint[1] + " with " + bad.what());
            }
        }
        assertThat(server.extensions.list()).hasSize(1); // nothing slipped through
    }

    @Test
    void pathsAndQueries() {
        String[] numbers = {"%00", "%F0%9F%98%80", "a".repeat(5000), "%zz", "1001%0D%0AX-Injected:%20y", "%2e%2e",
            "1001;x=1", "%C0%AF", "1001%2F..", "9".repeat(300), "%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%91"};
        for (String n : numbers) {
            for (String method : new String[] {"GET", "DELETE", "PATCH"}) {
                byte[] body = method.equals("PATCH") ? "{\"name\":\"X\"}".getBytes() : new byte[0];
                Api.Resp r = api.raw(method + " /api/v1/extensions/" + n + " HTTP/1.1"
                    + (method.equals("PATCH") ? "\r\nContent-Type: application/json" : ""), body);
                assertJson4xx(r, method + " /api/v1/extensions/" + shorten(n));
            }
        }
        for (String target : new String[] {"/api/v1/registrations/x", "/api/v1/%zz", "/api/v1/extensions?%zz=%zz&x",
            "/api/v1/openapi.json/x", "/\u00e9", "/api/v1/extensions/1001/extra"}) {
            Api.Resp r = api.raw("GET " + target + " HTTP/1.1", new byte[0]);
            if (target.contains("?")) {
                assertThat(r.status()).as(target).isLessThan(500); // a bad query string may be ignored
                continue;
            }
            assertJson4xx(r, "GET " + target);
        }
        assertThat(server.extensions.list()).hasSize(1);
    }

    @Test
    void protocolLevelGarbage() {
        String[] heads = {"GARBAGE", "GET /api/v1/extensions HTTP/1.1\r\nX-Big: " + "a".repeat(20_000),
            "GET /api/v1/extensions HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: -5",
            // both framings at once (RFC 9112 §6.3: a request smuggling pattern)
            "POST /api/v1/extensions HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n"
                + "Content-Type: application/json",
            "GET " + "/a".repeat(10_000) + " HTTP/1.1"};
        for (String head : heads) {
            Api.Resp r = api.raw(head, new byte[0]);
            assertJson4xx(r, shorten(head));
        }
    }

    @Test
    void sameBatteryWithoutTokenIs401() {
        api.token = null;
        for (Bad bad : badBodies()) {
            Api.Resp r = sendRaw("POST", "/api/v1/extensions", bad.body(), bad.contentType());
            assertJson4xx(r, "no token, " + bad.what());
            if (!bad.what().equals("body too large")) {
                assertThat(r.status()).as(bad.what()).isEqualTo(401);
            }
        }
    }

    private Api.Resp sendRaw(String method, String path, byte[] body, String contentType) {
        String head = method + " " + path + " HTTP/1.1" + (contentType == null ? "" : "\r\nContent-Type: " + contentType);
        return api.raw(head, body);
    }

    static void assertJson4xx(Api.Resp r, String what) {
        assertThat(r.status()).as(what + " → " + shorten(r.toString())).isBetween(400, 499);
        assertThat(r.header("Content-Type")).as(what + " content type").startsWith("application/json");
        JsonNode json = Api.JSON.readTree(r.text());
        assertThat(json.get("code").isString()).as(what).isTrue();
        assertThat(json.get("message").stringValue()).as(what).isNotBlank();
    }

    static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
