package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.web.BadInputTest.assertJson4xx;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad query strings at {@code GET /api/v1/cdr}: each gets a 4xx JSON error that names the parameter,
 * never a 500. Unreadable values are 400, readable values that break a rule 422.
 */
class CdrBadParamsTest extends WebTestBase {
    @BeforeEach
    void loginAndRecord() {
        api.login();
        server.cdr.record(CdrApiTest.answered("call-1", "1001", "1002", Instant.parse("2026-11-01T09:00:00Z")));
    }

    /** {query, status, parameter it must name}. */
    static final String[][] CASES = {
        {"from=yesterday", "400", "from"},
        {"from=2026-11-01", "400", "from"},
        {"from=2026-11-01T00:00:00", "400", "from"},
        {"from=2026-13-01T00:00:00Z", "400", "from"},
        {"from=2026-11-01T00:00:00+01:00", "400", "from"}, // + unencoded reads as a space
        {"from=", "400", "from"},
        {"to=1730419200", "400", "to"},
        {"to=" + "9".repeat(5000), "400", "to"},
        {"from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "422", "to"},
        {"from=2026-11-01T00:00:00Z&to=2026-11-01T00:00:00Z", "422", "to"},
        {"from=2026-11-01T01:00:00%2B01:00&to=2026-11-01T00:00:00Z", "422", "to"},
        {"disposition=HUNG_UP", "400", "disposition"},
        {"disposition=", "400", "disposition"},
        {"disposition=NO%20ANSWER", "400", "disposition"},
        {"disposition=%00", "400", "disposition"},
        {"limit=0", "400", "limit"},
        {"limit=-1", "400", "limit"},
        {"limit=501", "400", "limit"},
        {"limit=abc", "400", "limit"},
        {"limit=1.5", "400", "limit"},
        {"limit=99999999999999999999", "400", "limit"},
        {"limit=", "400", "limit"},
        {"cursor=nonsense!", "400", "cursor"},
        {"cursor=", "400", "cursor"},
        {"cursor=" + b64("v1:x:call-1"), "400", "cursor"},
        {"cursor=" + b64("v9:1:call-1"), "400", "cursor"},
        {"cursor=" + "A".repeat(2_000), "400", "cursor"},
        {"extension=abc", "422", "extension"},
        {"extension=", "422", "extension"},
        {"extension=1001%0D%0AX:%20y", "422", "extension"},
        {"extension=" + "1".repeat(65), "422", "extension"},
        {"limit=10&limit=20", "400", "limit"},
        {"extension=1001&extension=1002", "400", "extension"},
        {"dispositon=BUSY", "400", "dispositon"},
        {"page=2", "400", "page"},
        {"offset=50", "400", "offset"},
    };

    @Test
    void everyBadParameterIsNamedInA4xx() {
        for (String[] c : CASES) {
            Api.Resp r = api.get("/api/v1/cdr?" + c[0]);
            String what = "GET /api/v1/cdr?" + BadInputTest.shorten(c[0]);
            assertJson4xx(r, what);
            assertThat(r.status()).as(what + " → " + BadInputTest.shorten(r.text()))
                .isEqualTo(Integer.parseInt(c[1]));
            JsonNode fields = r.json().get("fields");
            assertThat(fields).as(what + " names its parameter").isNotNull();
            assertThat(fields.has(c[2])).as(what + " names " + c[2] + ": " + r.text()).isTrue();
        }
    }

    @Test
    void severalBadParametersAreReportedTogether() {
        Api.Resp r = api.get("/api/v1/cdr?from=x&to=y&disposition=z&limit=w&cursor=!");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").stringValue()).isEqualTo("invalid_parameter");
        assertThat(r.json().get("fields").propertyNames())
            .containsExactlyInAnyOrder("from", "to", "disposition", "limit", "cursor");
        Api.Resp rules = api.get("/api/v1/cdr?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z&extension=x");
        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.json().get("code").stringValue()).isEqualTo("validation_failed");
        assertThat(rules.json().get("fields").propertyNames()).containsExactlyInAnyOrder("to", "extension");
        assertThat(rules.json().has("field")).as("two fields: no single one").isFalse();
    }

    @Test
    void garbageQueryStringsAndCallIdsNeverGive500() {
        String[] queries = {"%zz", "%zz=%zz", "from=%zz", "&&&", "=", "from", "limit", "cursor=%F0%9F%98%80",
            "extension=%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%91", "disposition=%C0%AF", "from=" + "%00".repeat(100),
            "cursor=" + "A".repeat(20_000)}; // Jetty answers the longest with 414
        for (String q : queries) {
            Api.Resp r = api.raw("GET /api/v1/cdr?" + q + " HTTP/1.1", new byte[0]);
            assertThat(r.status()).as(q + " → " + BadInputTest.shorten(r.toString())).isBetween(200, 499);
            assertThat(r.header("Content-Type")).as(q).startsWith("application/json");
        }
        for (String id : new String[] {"%00", "%zz", "a".repeat(5000), "%2e%2e", "x%0D%0AY:%20z", "%F0%9F%98%80"}) {
            assertJson4xx(api.raw("GET /api/v1/cdr/" + id + " HTTP/1.1", new byte[0]), "GET /api/v1/cdr/"
                + BadInputTest.shorten(id));
        }
    }

    @Test
    void wellFormedValuesAreAccepted() {
        for (String q : new String[] {"from=2026-11-01T00:00:00Z", "to=2026-11-01T10:00:00.123456789Z",
            "from=2026-11-01T00:00:00-05:00", "disposition=no_answer", "limit=1", "limit=500", "extension=%2B39061234",
            "extension=*9", "from=" + enc("2026-11-01T01:00:00+01:00")}) {
            Api.Resp r = api.get("/api/v1/cdr?" + q);
            assertThat(r.status()).as(q + " → " + r).isEqualTo(200);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
