package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /me}: profile, password and API tokens of the caller. */
class MeApiTest extends AccountTestBase {
    Api anna;

    @BeforeEach
    void anna() {
        extension("1001");
        user("anna", "USER", "1001");
        anna = as("anna");
    }

    @Test
    void meShowsTheProfileAndScopeWithAnETag() {
        Api.Resp r = anna.get("/api/v1/me");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        JsonNode me = r.json();
        assertThat(me.get("username").stringValue()).isEqualTo("anna");
        assertThat(me.get("displayName").stringValue()).isEqualTo("anna");
        assertThat(me.get("extension").stringValue()).isEqualTo("1001");
        assertThat(me.get("role").stringValue()).isEqualTo("USER");
        assertThat(me.get("language").stringValue()).isEqualTo("it");
        assertThat(me.get("timeZone").stringValue()).isEqualTo("Europe/Rome");
        assertThat(me.get("dateFormat").stringValue()).isEqualTo("dd/MM/yyyy");
        assertThat(me.get("scope").get("extensions").stringValue()).isEqualTo("NONE");
        assertThat(me.get("scope").get("trunks").booleanValue()).isFalse();
        assertThat(me.get("canManageSharedPhonebook").booleanValue()).as("a plain user").isFalse();
        assertThat(r.text()).doesNotContain("argon2").doesNotContain("passwordHash");
    }

    @Test
    void patchMeChangesOnlyTheGivenProfileFields() {
        Api.Resp r = anna.send("PATCH", "/api/v1/me",
            "{\"displayName\":\"Anna Bianchi\",\"email\":\"anna@example.com\","
            + "\"mobile\":\"+39 333 1234567\",\"language\":\"en\",\"timeZone\":\"Europe/London\","
            + "\"dateFormat\":\"yyyy-MM-dd\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"2\"");
        assertThat(r.json().get("language").stringValue()).isEqualTo("en");
        assertThat(r.json().get("mobile").stringValue()).isEqualTo("+39 333 1234567");
        Api.Resp cleared = anna.send("PATCH", "/api/v1/me", "{\"email\":null}");
        assertThat(cleared.json().get("email").isNull()).isTrue();
        assertThat(cleared.json().get("displayName").stringValue()).isEqualTo("Anna Bianchi");
        assertThat(server.accounts.find("anna").orElseThrow().timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void patchMeRefusesBadValuesAdministrativeFieldsAndStaleVersions() {
        Api.Resp bad = anna.send("PATCH", "/api/v1/me", "{\"displayName\":\"\",\"email\":\"x@\",\"mobile\":\"12a\","
            + "\"language\":\"de\",\"timeZone\":\"Mars/Olympus\",\"dateFormat\":\"HH:mm\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fields").propertyNames()).containsExactlyInAnyOrder("displayName", "email", "mobile",
            "language", "timeZone", "dateFormat");
        assertThat(anna.send("PATCH", "/api/v1/me", "{\"displayName\":null}").status()).isEqualTo(422);
        Api.Resp role = anna.send("PATCH", "/api/v1/me", "{\"role\":\"ADMIN\"}");
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.json().get("code").stringValue()).isEqualTo("unknown_field");
        assertThat(anna.send("PATCH", "/api/v1/me", "{\"language\":7}").json().get("code").stringValue())
            .isEqualTo("wrong_type");

        assertThat(anna.send("PATCH", "/api/v1/me", "{\"language\":\"en\"}", Map.of("If-Match", "\"1\"")).status())
            .isEqualTo(200);
        Api.Resp stale = anna.send("PATCH", "/api/v1/me", "{\"language\":\"it\"}", Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").stringValue()).isEqualTo("precondition_failed");
        assertThat(server.accounts.find("anna").orElseThrow().language()).isEqualTo("en");
        assertThat(server.accounts.find("anna").orElseThrow().role().name()).isEqualTo("USER");
    }

    @Test
    void wrongCurrentPasswordsAreLimitedLikeLoginsAndTheLockCoversLoginToo() {
        String wrong = "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"a-new-password-1\"}";
        for (int i = 0; i < 5; i++) {
            assertThat(anna.send("POST", "/api/v1/me/password", wrong).status()).isEqualTo(422);
        }
        Api.Resp locked = anna.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"" + password("anna") + "\",\"newPassword\":\"a-new-password-1\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").stringValue()).isEqualTo("locked_out");
        assertThat(locked.header("Retry-After")).isEqualTo("30");
        assertThat(server.api().send("POST", "/api/v1/auth/login",
            "{\"username\":\"anna\",\"password\":\"" + password("anna") + "\"}").status()).isEqualTo(429);
        server.clock.advance(java.time.Duration.ofSeconds(30));
        assertThat(anna.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"" + password("anna") + "\",\"newPassword\":\"a-new-password-1\"}").status())
            .isEqualTo(204);
        assertThat(anna.send("POST", "/api/v1/me/password", wrong).status()).as("the success reset the count")
            .isEqualTo(422);
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndEndsTheOtherSessions() {
        Api otherDevice = as("anna");
        Api.Resp wrong = anna.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"a-new-password-1\"}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("fields").propertyNames()).containsExactly("currentPassword");
        Api.Resp shortOne = anna.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"" + password("anna") + "\",\"newPassword\":\"short\"}");
        assertThat(shortOne.json().get("fields").get("newPassword").stringValue())
            .isEqualTo("must be at least 10 characters");
        Api.Resp missing = anna.send("POST", "/api/v1/me/password", "{}");
        assertThat(missing.json().get("fields").propertyNames()).containsExactly("currentPassword", "newPassword");

        Api.Resp ok = anna.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"" + password("anna") + "\",\"newPassword\":\"a-new-password-1\"}");
        assertThat(ok.status()).isEqualTo(204);
        assertThat(anna.get("/api/v1/me").status()).as("this session stays").isEqualTo(200);
        assertThat(otherDevice.get("/api/v1/me").status()).as("other sessions end").isEqualTo(401);
        assertThat(server.api().loginAs("anna", "a-new-password-1").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(server.api().send("POST", "/api/v1/auth/login",
            "{\"username\":\"anna\",\"password\":\"" + password("anna") + "\"}").status()).isEqualTo(401);
    }

    @Test
    void apiTokensAreShownOnceListedWithoutSecretAuthenticateAndCanBeRevoked() {
        Api.Resp created = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"nightly export\",\"expiresInDays\":30}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String secret = created.json().get("token").stringValue();
        String id = created.json().get("id").stringValue();
        assertThat(secret).startsWith("cnt_");
        assertThat(Instant.parse(created.json().get("expiresAt").stringValue()))
            .isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));

        Api.Resp list = anna.get("/api/v1/me/tokens");
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("items").get(0).get("name").stringValue()).isEqualTo("nightly export");
        assertThat(list.text()).doesNotContain(secret).doesNotContain("\"token\"");
        assertThat(admin.get("/api/v1/me/tokens").json().get("items")).as("tokens are per user").isEmpty();

        Api script = server.api();
        script.token = secret;
        assertThat(script.get("/api/v1/me").json().get("username").stringValue()).isEqualTo("anna");
        assertThat(script.get("/api/v1/auth/session").json().get("csrfToken").isNull())
            .as("an API token has no CSRF token").isTrue();
        assertThat(script.send("PATCH", "/api/v1/me", "{\"language\":\"en\"}").status())
            .as("an API token is a bearer: no CSRF header needed").isEqualTo(200);

        assertThat(admin.send("DELETE", "/api/v1/me/tokens/" + id, null).status())
            .as("another user's token").isEqualTo(404);
        assertThat(anna.send("DELETE", "/api/v1/me/tokens/" + id, null).status()).isEqualTo(204);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        Api.Resp again = anna.send("DELETE", "/api/v1/me/tokens/" + id, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("code").stringValue()).isEqualTo("token_not_found");
    }

    /** A token never changes: its ETag is "1", and a DELETE naming another tag is 412 and revokes nothing. */
    @Test
    void aTokenRevocationWithAnotherETagIs412AndRevokesNothing() {
        Api.Resp created = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"ci\"}");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String id = created.json().get("id").stringValue();
        for (String other : List.of("\"2\"", "W/\"1\"", "\"abc\"")) {
            Api.Resp r = anna.send("DELETE", "/api/v1/me/tokens/" + id, null, Map.of("If-Match", other));
            assertThat(r.status()).as(other + " → " + r).isEqualTo(412);
            assertThat(r.json().get("code").stringValue()).isEqualTo("precondition_failed");
        }
        assertThat(anna.get("/api/v1/me/tokens").json().get("items")).as("still there").hasSize(1);
        Api.Resp bad = anna.send("DELETE", "/api/v1/me/tokens/" + id, null, Map.of("If-Match", "1"));
        assertThat(bad.status()).as("not an entity tag").isEqualTo(400);
        assertThat(anna.send("DELETE", "/api/v1/me/tokens/" + id, null, Map.of("If-Match", "\"1\"")).status())
            .isEqualTo(204);
        assertThat(anna.get("/api/v1/me/tokens").json().get("items")).isEmpty();
    }

    @Test
    void aRetriedTokenCreationMakesNoSecondTokenAndTheSecretIsNotKeptForTheReplay() {
        Map<String, String> key = Map.of("Idempotency-Key", "make-token-1");
        Api.Resp first = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"backup\"}", key);
        assertThat(first.status()).isEqualTo(201);
        String secret = first.json().get("token").stringValue();
        Api.Resp retry = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"backup\"}", key);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("code").stringValue()).isEqualTo("idempotency_secret_not_kept");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text()).doesNotContain(secret);
        assertThat(anna.get("/api/v1/me/tokens").json().get("items")).hasSize(1);
        String kept = server.db.read(h -> h.createQuery("SELECT body FROM idempotency_key").mapTo(String.class).one());
        assertThat(kept).doesNotContain(secret);
    }

    @Test
    void tokensExpireAndBadTokenRequestsAreRefused() {
        Api.Resp created = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"one day\",\"expiresInDays\":1}");
        Api script = server.api();
        script.token = created.json().get("token").stringValue();
        server.clock.advance(Duration.ofDays(1).minusMinutes(1));
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
        server.clock.advance(Duration.ofMinutes(1));
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(anna.get("/api/v1/me").status()).as("the 12-hour login session expired too").isEqualTo(401);
        anna = as("anna");

        Api.Resp noName = anna.send("POST", "/api/v1/me/tokens", "{}");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().get("fields").propertyNames()).containsExactly("name");
        Api.Resp zero = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":0}");
        assertThat(zero.json().get("fields").propertyNames()).containsExactly("expiresInDays");
        assertThat(anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":3651}").status())
            .isEqualTo(422);
        assertThat(anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":\"7\"}").status())
            .isEqualTo(400);
        assertThat(anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"scope\":\"all\"}").status())
            .isEqualTo(400);
    }

    @Test
    void meNeedsALogin() {
        for (String[] call : new String[][] {{"GET", "/api/v1/me"}, {"PATCH", "/api/v1/me"},
            {"POST", "/api/v1/me/password"}, {"GET", "/api/v1/me/tokens"}, {"POST", "/api/v1/me/tokens"},
            {"DELETE", "/api/v1/me/tokens/x"}, {"GET", "/api/v1/auth/session"}}) {
            Api.Resp r = server.api().send(call[0], call[1], "{}");
            assertThat(r.status()).as(call[0] + " " + call[1]).isEqualTo(401);
        }
    }
}
