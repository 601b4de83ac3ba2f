package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.centralino.core.idempotency.RequestFingerprints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST: a retried create is answered the same and does not create twice. */
class IdempotencyApiTest extends WebTestBase {
    static final String CREATE = "{\"number\":\"1001\",\"name\":\"Alice\",\"sipPassword\":\"alice-sip-secret-1\"}";

    @BeforeEach
    void login() {
        api.login();
    }

    Api.Resp post(String json, String key) {
        return api.send("POST", "/api/v1/extensions", json, Map.of("Idempotency-Key", key));
    }

    @Test
    void aRetriedCreateGetsTheSameAnswerAndCreatesOnce() {
        Api.Resp first = post(CREATE, "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        Api.Resp retry = post(CREATE, "key-1");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(server.extensions.list()).hasSize(1);
        Api.Resp noKey = api.send("POST", "/api/v1/extensions", CREATE);
        assertThat(noKey.status()).as("without a key it is a new request").isEqualTo(409);
    }

    @Test
    void aRetriedCreateGetsTheLocationAndETagOfTheFirstAnswer() {
        Api.Resp first = post(CREATE, "key-headers");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/extensions/1001");
        assertThat(first.header("ETag")).isNotNull();
        Api.Resp retry = post(CREATE, "key-headers");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get("/api/v1/extensions/1001").header("ETag")).as("the ETag still names the stored version")
            .isEqualTo(retry.header("ETag"));
    }

    @Test
    void aGeneratedSipPasswordIsShownOnceAndNeverKeptForARetry() {
        Api.Resp first = post("{\"number\":\"1005\",\"name\":\"Eva\"}", "key-generated");
        assertThat(first.status()).isEqualTo(201);
        String password = first.json().get("sipPassword").stringValue();
        Api.Resp retry = post("{\"number\":\"1005\",\"name\":\"Eva\"}", "key-generated");
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("code").stringValue()).isEqualTo("idempotency_secret_not_kept");
        assertThat(retry.text()).doesNotContain(password);
        assertThat(server.extensions.list()).hasSize(1);
        String kept = server.db.read(h -> h.createQuery("SELECT body FROM idempotency_key")
            .mapTo(String.class).list()).toString();
        assertThat(kept).doesNotContain(password);
    }

    @Test
    void theKeptFingerprintIsAKeyedHashSoAPasswordInTheBodyCannotBeGuessedFromIt() throws Exception {
        Api.Resp first = post(CREATE, "key-fp");
        assertThat(first.status()).isEqualTo(201);
        String kept = server.db.read(h -> h.createQuery("SELECT fingerprint FROM idempotency_key")
            .mapTo(String.class).one());
        byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update("POST /api/v1/extensions\n".getBytes(StandardCharsets.UTF_8));
        assertThat(kept).as("not the plain SHA-256 of the request")
            .isNotEqualTo(java.util.HexFormat.of().formatHex(sha.digest(body)))
            .isEqualTo(server.fingerprints.of("POST /api/v1/extensions", body))
            .as("another server key gives another fingerprint")
            .isNotEqualTo(RequestFingerprints.derivedFrom(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32}).of("POST /api/v1/extensions", body));
        Api.Resp retry = post(CREATE, "key-fp");
        assertThat(retry.header("Idempotent-Replayed")).as("the same request still replays").isEqualTo("true");
        assertThat(retry.text()).isEqualTo(first.text());
    }

    @Test
    void theSameKeyWithAnotherRequestIs422() {
        assertThat(post(CREATE, "key-2").status()).isEqualTo(201);
        Api.Resp other = post("{\"number\":\"1002\",\"name\":\"Bob\"}", "key-2");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").stringValue()).isEqualTo("idempotency_key_reused");
        Api.Resp otherPath = api.send("POST", "/api/v1/extensions/import?dryRun=true", CREATE,
            Map.of("Idempotency-Key", "key-2"));
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(server.extensions.list()).hasSize(1);
    }

    @Test
    void aRefusalIsReplayedTooAndAQuotedKeyIsTheSameKey() {
        Api.Resp bad = post("{\"number\":\"1\",\"name\":\"Alice\"}", "\"key-3\"");
        assertThat(bad.status()).isEqualTo(422);
        Api.Resp again = post("{\"number\":\"1\",\"name\":\"Alice\"}", "key-3");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text()).isEqualTo(bad.text());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void emptyLongAndNonAsciiKeysAre400NamingTheHeader() {
        for (String key : new String[] {"", "\"\"", "k".repeat(256)}) {
            Api.Resp r = api.send("POST", "/api/v1/extensions", CREATE, Map.of("Idempotency-Key", key));
            assertThat(r.status()).as("key " + BadInputTest.shorten(key) + " → " + r).isEqualTo(400);
            assertThat(r.json().get("field").stringValue()).isEqualTo("Idempotency-Key");
        }
        Api.Resp latin = api.raw("POST /api/v1/extensions HTTP/1.1\r\nContent-Type: application/json\r\n"
            + "Idempotency-Key: cl\u00e9", CREATE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(latin.status()).as(latin.toString()).isEqualTo(400);
        assertThat(server.extensions.list()).isEmpty();
        assertThat(post(CREATE, "k".repeat(255)).status()).isEqualTo(201);
    }

    @Test
    void withoutATokenNothingIsStored() {
        String token = api.token;
        api.token = null;
        assertThat(post(CREATE, "key-4").status()).isEqualTo(401);
        api.token = token;
        Api.Resp r = post(CREATE, "key-4");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Idempotent-Replayed")).isNull();
    }

    /** A server failure is not an answer to repeat: the retry runs again. */
    @Test
    void after500TheRetryRunsAgain() {
        ch.qos.logback.classic.Logger errors = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
            .getLogger(ErrorMapping.class);
        errors.setLevel(ch.qos.logback.classic.Level.OFF); // the expected stack trace stays out of the build output
        try {
            server.extensions.stop(); // the store refuses: the route fails with a 500, the database is fine
            assertThat(post(CREATE, "key-6").status()).isEqualTo(500);
        } finally {
            errors.setLevel(null);
            server.extensions.start();
        }
        Api.Resp retry = post(CREATE, "key-6");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void concurrentRetriesCreateOnce() throws Exception {
        List<Api.Resp> all = Race.run(8, i -> post(CREATE, "key-5"));
        List<Api.Resp> fresh = all.stream()
            .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).toList();
        assertThat(fresh).hasSize(1);
        for (Api.Resp r : all) {
            assertThat(r.status()).as(r.toString()).isIn(201, 409);
            if (r.status() == 201) {
                assertThat(r.text()).isEqualTo(fresh.getFirst().text());
            } else {
                assertThat(r.json().get("code").stringValue()).isEqualTo("idempotency_key_in_progress");
            }
        }
        assertThat(server.extensions.list()).hasSize(1);
        assertThat(post(CREATE, "key-5").header("Idempotent-Replayed")).isEqualTo("true");
    }

    /** Only a route that streams large bodies (the phonebook import) has its body read ahead past the JSON limit. */
    @Test
    void aBodyOverTheJsonLimitWithAKeyIs413WithoutBeingRead() {
        String head = "POST /api/v1/me/tokens HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: big-1";
        // 2 MiB announced, 1 KiB sent: a server that waited for the rest would time the client out
        Api.Resp announced = api.raw(head + "\r\nContent-Length: " + (2 << 20), new byte[1024]);
        assertThat(announced.status()).as(announced.toString()).isEqualTo(413);
        assertThat(announced.json().get("code").stringValue()).isEqualTo("body_too_large");
        assertThat(announced.json().get("message").stringValue()).contains("1048576 bytes (1 MiB)");
        byte[] twoMiB = new byte[2 << 20];
        java.util.Arrays.fill(twoMiB, (byte) ' ');
        Api.Resp whole = api.raw(head.replace("big-1", "big-2"), twoMiB);
        assertThat(whole.status()).as(whole.toString()).isEqualTo(413);
        assertThat(api.get("/api/v1/me/tokens").json().get("items")).isEmpty();
        int claimed = server.db.read(h -> h.createQuery("SELECT COUNT(*) FROM idempotency_key")
            .mapTo(Integer.class).one());
        assertThat(claimed).as("no key was claimed").isZero();
    }
}
