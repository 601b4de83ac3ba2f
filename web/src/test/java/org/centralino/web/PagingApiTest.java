package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.centralino.core.registrar.Binding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every list: ?limit= (1 to 500, default 100), ?cursor= (opaque), {"items","nextCursor"}. */
class PagingApiTest extends WebTestBase {
    static final List<String> NUMBERS = List.of("99", "100", "101", "1000", "1001", "2000", "30");

    @BeforeEach
    void loginAndCreate() {
        api.login();
        for (String n : NUMBERS) {
            String name = n.equals("2000") ? "Mario Rossi" : "Ext " + n;
            assertThat(api.send("POST", "/api/v1/extensions", "{\"number\":\"" + n + "\",\"name\":\"" + name + "\"}")
                .status()).isEqualTo(201);
        }
    }

    /** Follows nextCursor from {@code first} to the end; returns every item's {@code key}. */
    List<String> all(String first, String key) {
        List<String> out = new ArrayList<>();
        String url = first;
        for (int pages = 0; pages < 100; pages++) {
            Api.Resp r = api.get(url);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode page = r.json();
            page.get("items").forEach(i -> out.add(i.get(key).stringValue()));
            if (page.get("nextCursor").isNull()) {
                return out;
            }
            url = first + (first.contains("?") ? "&" : "?") + "cursor=" + page.get("nextCursor").stringValue();
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void extensionsPageInNumberOrder() {
        List<String> ordered = List.of("30", "99", "100", "101", "1000", "1001", "2000");
        JsonNode first = api.get("/api/v1/extensions?limit=3").json();
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("nextCursor").isString()).isTrue();
        assertThat(all("/api/v1/extensions?limit=3", "number")).isEqualTo(ordered);
        assertThat(all("/api/v1/extensions?limit=1", "number")).isEqualTo(ordered);
        JsonNode whole = api.get("/api/v1/extensions").json();
        assertThat(whole.get("items")).hasSize(7);
        assertThat(whole.get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/extensions?limit=7").json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aCursorStaysValidWhenItsExtensionIsDeleted() {
        JsonNode first = api.get("/api/v1/extensions?limit=2").json(); // 30, 99
        assertThat(api.send("DELETE", "/api/v1/extensions/99", null).status()).isEqualTo(204);
        JsonNode next = api.get("/api/v1/extensions?limit=2&cursor=" + first.get("nextCursor").stringValue()).json();
        assertThat(next.get("items").get(0).get("number").stringValue()).isEqualTo("100");
    }

    @Test
    void qSearchesNumberAndName() {
        assertThat(all("/api/v1/extensions?q=100", "number")).containsExactly("100", "1000", "1001");
        assertThat(all("/api/v1/extensions?q=rOSSi", "number")).containsExactly("2000");
        assertThat(all("/api/v1/extensions?q=10&limit=1", "number")).containsExactly("100", "101", "1000", "1001");
        assertThat(api.get("/api/v1/extensions?q=nobody").json().get("items")).isEmpty();
    }

    @Test
    void badLimitsAre400NamingLimit() {
        for (String bad : new String[] {"0", "-1", "501", "abc", "", "1.5", "99999999999", "10&limit=20"}) {
            Api.Resp r = api.get("/api/v1/extensions?limit=" + bad);
            assertThat(r.status()).as("limit=" + bad + " → " + r).isEqualTo(400);
            assertThat(r.json().get("field").stringValue()).isEqualTo("limit");
        }
        assertThat(api.get("/api/v1/extensions?limit=500").status()).isEqualTo(200);
    }

    @Test
    void tamperedCursorsAre400NamingCursor() {
        String ours = api.get("/api/v1/extensions?limit=1").json().get("nextCursor").stringValue();
        String otherList = Base64.getUrlEncoder().withoutPadding().encodeToString(
            "calls:abc".getBytes(StandardCharsets.UTF_8));
        String notANumber = Base64.getUrlEncoder().withoutPadding().encodeToString(
            "extensions:abc".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {"garbage!", ours + "x", ours.substring(1), otherList, notANumber, "",
            "A".repeat(5000)}) {
            Api.Resp r = api.get("/api/v1/extensions?cursor=" + bad);
            assertThat(r.status()).as("cursor=" + BadInputTest.shorten(bad) + " → " + r).isEqualTo(400);
            assertThat(r.json().get("field").stringValue()).isEqualTo("cursor");
        }
    }

    @Test
    void unknownParametersAre400() {
        Api.Resp r = api.get("/api/v1/extensions?page=2");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").stringValue()).isEqualTo("unknown_parameter");
        assertThat(r.json().get("field").stringValue()).isEqualTo("page");
    }

    @Test
    void registrationsAreListedInPages() {
        Instant later = Instant.now().plusSeconds(600);
        for (String n : List.of("1001", "99", "1000")) {
            for (int c = 1; c <= 2; c++) {
                server.registrations.bindings.add(new Binding(n, "sip:" + n + "@10.0.0." + c + ":5060", "udp:10.0.0."
                    + c + ":5060", later, "call-" + n + c, 1, "test", 1000, Instant.now()));
            }
        }
        List<String> seen = new ArrayList<>();
        String url = "/api/v1/registrations?limit=4";
        while (url != null) {
            JsonNode page = api.get(url).json();
            page.get("items").forEach(b -> seen.add(b.get("extension").stringValue() + " "
                + b.get("contact").stringValue()));
            url = page.get("nextCursor").isNull() ? null
                : "/api/v1/registrations?limit=4&cursor=" + page.get("nextCursor").stringValue();
        }
        assertThat(seen).containsExactly("99 sip:99@10.0.0.1:5060", "99 sip:99@10.0.0.2:5060",
            "1000 sip:1000@10.0.0.1:5060", "1000 sip:1000@10.0.0.2:5060", "1001 sip:1001@10.0.0.1:5060",
            "1001 sip:1001@10.0.0.2:5060");
        assertThat(api.get("/api/v1/registrations?extension=99").json().get("items")).hasSize(2);
        assertThat(api.get("/api/v1/registrations?limit=0").json().get("field").stringValue()).isEqualTo("limit");
        assertThat(api.get("/api/v1/registrations?cursor=x").json().get("field").stringValue()).isEqualTo("cursor");
    }

    @Test
    void callsAndCdrFollowTheSameShapeAndLimits() {
        JsonNode calls = api.get("/api/v1/calls?limit=10").json();
        assertThat(calls.get("items")).isEmpty();
        assertThat(calls.has("nextCursor")).isTrue();
        assertThat(api.get("/api/v1/calls?limit=501").json().get("field").stringValue()).isEqualTo("limit");
        assertThat(api.get("/api/v1/calls?cursor=zzz").status()).isEqualTo(400);
        JsonNode cdr = api.get("/api/v1/cdr").json();
        assertThat(cdr.has("nextCursor")).isTrue();
        assertThat(api.get("/api/v1/cdr?limit=501").json().get("field").stringValue()).isEqualTo("limit");
        assertThat(api.get("/api/v1/cdr?cursor=x").json().get("field").stringValue()).isEqualTo("cursor");
    }
}
