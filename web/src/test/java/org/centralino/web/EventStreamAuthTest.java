package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralino.core.account.Role;
import org.centralino.core.rights.Visibility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventStreamAuthTest extends StreamTestBase {
    private StreamTestClient connectWith(Map<String, String> headers, String query) {
        return track(StreamTestClient.connect(server.web.port(), query, headers));
    }

    @Test
    void withoutATokenTheStreamIsClosedWithPolicyViolationAndAReason() {
        StreamTestClient c = connectWith(Map.of(), "");
        StreamTestClient.Close close = c.awaitClose();
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).contains("unauthorized").contains("access_token");
        assertThat(c.messages).isEmpty();
    }

    @Test
    void anUnknownOrLoggedOutTokenIsClosedWithPolicyViolation() {
        String token = login("anna", Role.USER, "1001");
        server.auth.logout(token);
        assertThat(connectWith(Map.of("Authorization", "Bearer " + token), "").awaitClose().code()).isEqualTo(1008);
        assertThat(connectWith(Map.of(), "access_token=nonsense").awaitClose().reason()).contains("expired");
    }

    @Test
    void theBearerHeaderTheSessionCookieAndTheQueryTokenAreEachAccepted() {
        String token = login("anna", Role.USER, "1001");
        for (StreamTestClient c : new StreamTestClient[] {
            connectWith(Map.of("Authorization", "Bearer " + token), ""),
            connectWith(cookie(token, ownOrigin()), ""),
            connectWith(Map.of(), "access_token=" + token)}) {
            assertThat(c.next().get("type").stringValue()).isEqualTo("stream.hello");
        }
    }

    private String ownOrigin() {
        return "http://127.0.0.1:" + server.web.port();
    }

    /** The session cookie, with an {@code Origin} header unless it is null, and more headers as name, value. */
    private static Map<String, String> cookie(String token, String origin, String... more) {
        Map<String, String> h = new java.util.HashMap<>(Map.of("Cookie", EventStreamRoute.SESSION_COOKIE + "=" + token));
        if (origin != null) {
            h.put("Origin", origin);
        }
        for (int i = 0; i < more.length; i += 2) {
            h.put(more[i], more[i + 1]);
        }
        return h;
    }

    private void assertForbiddenOrigin(StreamTestClient c) {
        StreamTestClient.Close close = c.awaitClose();
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).startsWith("forbidden origin");
        assertThat(c.messages).as("not even the hello").isEmpty();
    }

    @Test
    void withTheCookieAnotherOriginOrNoneIsRefusedEvenOnTheSameHost() {
        String token = login("anna", Role.USER, "1001");
        assertForbiddenOrigin(connectWith(cookie(token, "https://evil.example"), ""));
        assertForbiddenOrigin(connectWith(cookie(token, "http://127.0.0.1:" + (server.web.port() + 1)), ""));
        assertForbiddenOrigin(connectWith(cookie(token, "https://127.0.0.1:" + server.web.port()), ""));
        assertForbiddenOrigin(connectWith(cookie(token, "null"), ""));
        assertForbiddenOrigin(connectWith(cookie(token, null), ""));
        // a query token does not lift the check from the cookie the browser adds on its own
        assertForbiddenOrigin(connectWith(cookie(token, "https://evil.example"), "access_token=" + token));
    }

    @Test
    void withTheCookieTheServersOwnOriginIsAcceptedAlsoBehindAProxy() {
        String token = login("anna", Role.USER, "1001");
        hello(connectWith(cookie(token, ownOrigin()), ""));
        hello(connectWith(cookie(token, "HTTP://127.0.0.1:" + server.web.port()), ""));
        hello(connectWith(cookie(token, "https://PBX.example", "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "pbx.example:443"), ""));
        assertForbiddenOrigin(connectWith(cookie(token, ownOrigin(), "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "pbx.example"), ""));
        assertForbiddenOrigin(connectWith(cookie(token, "http://pbx.example", "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "pbx.example"), ""));
    }

    @Test
    void aBearerOrQueryTokenNeedsNoOrigin() {
        String token = login("anna", Role.USER, "1001");
        hello(connectWith(Map.of("Authorization", "Bearer " + token), ""));
        hello(connectWith(Map.of("Authorization", "Bearer " + token, "Origin", "https://tool.example"), ""));
        hello(connectWith(Map.of(), "access_token=" + token));
    }

    @Test
    void aStreamWithoutSinceStartsWithAHelloCarryingTheCursorToResumeFrom() {
        server.events.publish(new Numbered(1));
        server.events.publish(new Numbered(2));
        StreamTestClient c = connect(adminToken(), "");
        JsonNode hello = c.next();
        assertThat(hello.get("type").stringValue()).isEqualTo("stream.hello");
        assertThat(hello.get("seq").longValue()).isEqualTo(2);
        assertThat(hello.get("epoch").stringValue()).isNotBlank();

        server.events.publish(new Numbered(3));
        JsonNode event = c.next();
        assertThat(event.get("seq").longValue()).isEqualTo(3);
        assertThat(event.get("epoch").stringValue()).isEqualTo(hello.get("epoch").stringValue());
        assertThat(event.get("type").stringValue()).isEqualTo("test.numbered");
        assertThat(event.get("at").stringValue()).endsWith("Z");
        assertThat(event.get("data").get("n").intValue()).isEqualTo(3);
    }

    @Test
    void aPingIsAnsweredWithAPongAndOtherTextIsIgnored() {
        StreamTestClient c = connect(adminToken(), "");
        hello(c);
        c.send("not json");
        c.send("{\"type\":\"ping\"}");
        assertThat(c.next().toString()).isEqualTo("{\"type\":\"pong\"}");
    }

    @Test
    void aMalformedSinceIsClosedWithTheReason() {
        StreamTestClient c = connect(adminToken(), "since=yesterday");
        StreamTestClient.Close close = c.awaitClose();
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).contains("since 'yesterday' must be <epoch>:<seq>");
    }

    @Test
    void aStreamWhoseSessionEndsIsClosedAtTheNextCheck() {
        server.close();
        StreamLimits checkOften = new StreamLimits(100, Duration.ofMinutes(1), 100, Duration.ofSeconds(1),
            Duration.ofMillis(200), Duration.ofSeconds(5));
        server = new TestServer(dir, null, Visibility.roleBased(), checkOften);
        api = server.api();
        String token = login("anna", Role.USER, "1001");
        StreamTestClient c = connect(token, "");
        hello(c);
        server.auth.logout(token);
        StreamTestClient.Close close = c.awaitClose();
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).contains("session ended");
    }

    private static void assertSessionEndedAtOnce(StreamTestClient c) {
        // the periodic check is a minute away (the default limits): only the event can close it this soon
        StreamTestClient.Close close = c.awaitClose(Duration.ofSeconds(1));
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).contains("session ended");
    }

    @Test
    void aLogoutClosesTheStreamsOfThatSessionAtOnceAndOnlyThose() {
        String token = login("anna", Role.USER, "1001");
        String other = server.auth.login("anna", PASSWORD).orElseThrow().token();
        StreamTestClient c = connect(token, "");
        StreamTestClient elsewhere = connect(other, "");
        hello(c);
        hello(elsewhere);

        api.token = token;
        assertThat(api.send("POST", "/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertSessionEndedAtOnce(c);
        server.events.publish(new Numbered(1));
        assertThat(elsewhere.next().get("type").stringValue()).as("another session of anna").isEqualTo("test.numbered");
    }

    @Test
    void disablingOrDeletingTheUserClosesItsStreamsAtOnce() {
        StreamTestClient anna = connect(login("anna", Role.USER, "1001"), "");
        StreamTestClient bruno = connect(login("bruno", Role.USER, "1002"), "");
        hello(anna);
        hello(bruno);
        Api admin = server.api().login();

        assertThat(admin.send("PATCH", "/api/v1/users/anna", "{\"enabled\":false}").status()).isEqualTo(200);
        assertSessionEndedAtOnce(anna);
        assertThat(admin.send("DELETE", "/api/v1/users/bruno", null).status()).isEqualTo(204);
        assertSessionEndedAtOnce(bruno);
    }

    @Test
    void aChangedRoleAppliesToTheOpenStreamAtOnce() {
        StreamTestClient anna = connect(login("anna", Role.ADMIN, "1001"), "");
        hello(anna);
        register("1002", "sip:1002@10.0.0.2");
        assertThat(anna.next(2)).extracting(m -> m.get("type").stringValue())
            .containsExactlyInAnyOrder("registration.changed", "presence.changed");

        assertThat(server.api().login().send("PATCH", "/api/v1/users/anna", "{\"role\":\"USER\"}").status())
            .isEqualTo(200);
        register("1003", "sip:1003@10.0.0.3");
        server.events.publish(new Numbered(1));
        // registrations are for administrators; presence the Everyone group still shows
        assertThat(List.of(anna.next(), anna.next())).extracting(m -> m.get("type").stringValue())
            .containsExactly("presence.changed", "test.numbered");
    }
}
