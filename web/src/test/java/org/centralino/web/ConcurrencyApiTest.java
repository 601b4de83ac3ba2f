package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ETag on every answer that shows one extension, If-Match on PATCH and DELETE (412 when stale). */
class ConcurrencyApiTest extends WebTestBase {
    static final String ALICE = "/api/v1/extensions/1001";

    @BeforeEach
    void loginAndCreate() {
        api.login();
        Api.Resp created = api.send("POST", "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"Alice\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
    }

    Api.Resp patch(String json, String ifMatch) {
        return api.send("PATCH", ALICE, json, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    @Test
    void everyChangeGivesANewETagAndGetShowsIt() {
        assertThat(api.get(ALICE).header("ETag")).isEqualTo("\"1\"");
        Api.Resp r = patch("{\"name\":\"Alice R.\"}", "\"1\"");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.get(ALICE).header("ETag")).isEqualTo("\"2\"");
        Api.Resp same = patch("{\"name\":\"Alice R.\"}", null); // no change: no new version
        assertThat(same.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        assertThat(patch("{\"name\":\"First\"}", "\"1\"").status()).isEqualTo(200);
        Api.Resp stale = patch("{\"name\":\"Second\",\"email\":\"x@example.com\"}", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").stringValue()).isEqualTo("precondition_failed");
        assertThat(stale.json().get("message").stringValue()).contains("1001").contains("version 2");
        assertThat(stale.header("ETag")).as("the current version, to retry with").isEqualTo("\"2\"");
        Api.Resp now = api.get(ALICE);
        assertThat(now.json().get("name").stringValue()).isEqualTo("First");
        assertThat(now.json().get("email").isNull()).isTrue();
        assertThat(now.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void ifMatchListsStarAndWeakTagsFollowRfc9110() {
        assertThat(patch("{\"name\":\"A\"}", "\"7\", \"1\"").status()).isEqualTo(200); // one of the list matches
        assertThat(patch("{\"name\":\"B\"}", "*").status()).isEqualTo(200);
        assertThat(patch("{\"name\":\"C\"}", "W/\"3\"").status()).as("weak never matches").isEqualTo(412);
        assertThat(patch("{\"name\":\"C\"}", "\"abc\"").status()).isEqualTo(412);
        assertThat(api.get(ALICE).json().get("name").stringValue()).isEqualTo("B");
        for (String bad : new String[] {"3", "\"3", "\"3\"x", "", ","}) {
            Api.Resp r = patch("{\"name\":\"D\"}", bad);
            assertThat(r.status()).as("If-Match: " + bad + " → " + r).isEqualTo(400);
            assertThat(r.json().get("field").stringValue()).isEqualTo("If-Match");
        }
    }

    @Test
    void deleteHonoursIfMatch() {
        patch("{\"name\":\"Changed\"}", null);
        Api.Resp stale = api.send("DELETE", ALICE, null, Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(ALICE).status()).isEqualTo(200);
        assertThat(api.send("DELETE", ALICE, null, Map.of("If-Match", "\"2\"")).status()).isEqualTo(204);
        assertThat(api.send("DELETE", ALICE, null, Map.of("If-Match", "\"2\"")).status()).isEqualTo(404);
    }

    @Test
    void ofConcurrentPatchesWithTheSameIfMatchExactlyOneWins() throws Exception {
        int n = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Resp>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                String name = "Racer " + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return patch("{\"name\":\"" + name + "\"}", "\"1\"");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Api.Resp> f : answers) {
                Api.Resp r = f.get();
                statuses.add(r.status());
                if (r.status() == 200) {
                    winner = r.json().get("name").stringValue();
                }
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(n - 1);
            Api.Resp now = api.get(ALICE);
            assertThat(now.json().get("name").stringValue()).isEqualTo(winner);
            assertThat(now.header("ETag")).isEqualTo("\"2\"");
        }
    }
}
