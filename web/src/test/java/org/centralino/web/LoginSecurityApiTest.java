package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The browser session (cookie + CSRF), the lock-out after failed logins, and disabled users. */
class LoginSecurityApiTest extends AccountTestBase {
    static final String ADMIN_LOGIN = "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}";

    Api.Resp login(String username, String password) {
        return server.api().send("POST", "/api/v1/auth/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    static String cookieValue(Api.Resp login) {
        String setCookie = login.header("Set-Cookie");
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieAndAnswersTheCsrfTokenAndTheUser() {
        Api.Resp r = server.api().send("POST", "/api/v1/auth/login", ADMIN_LOGIN);
        assertThat(r.status()).isEqualTo(200);
        String cookie = r.header("Set-Cookie");
        assertThat(cookie).startsWith("centralino_session=" + r.json().get("token").stringValue() + ";")
            .contains("; Path=/").contains("; HttpOnly").contains("; SameSite=Strict").doesNotContain("Secure");
        assertThat(cookie).containsPattern("Max-Age=(431\\d\\d|43200)");
        assertThat(r.json().get("csrfToken").stringValue()).hasSize(43);
        assertThat(r.json().get("user").get("username").stringValue()).isEqualTo("admin");
        assertThat(r.json().get("user").get("role").stringValue()).isEqualTo("ADMIN");
        assertThat(r.json().get("user").get("scope").get("extensions").stringValue()).isEqualTo("ALL");
        assertThat(r.text()).doesNotContain("argon2");

        Api.Resp behindTls = server.api().send("POST", "/api/v1/auth/login", ADMIN_LOGIN,
            Map.of("X-Forwarded-Proto", "https"));
        assertThat(behindTls.header("Set-Cookie")).endsWith("; Secure");
    }

    @Test
    void theCookieAuthenticatesReadsButChangesNeedTheCsrfHeader() {
        Api.Resp login = server.api().send("POST", "/api/v1/auth/login", ADMIN_LOGIN);
        String cookie = "centralino_session=" + cookieValue(login);
        String csrf = login.json().get("csrfToken").stringValue();
        Api browser = server.api();
        assertThat(browser.send("GET", "/api/v1/extensions", null, Map.of("Cookie", cookie)).status()).isEqualTo(200);

        String ext = "{\"number\":\"1001\",\"name\":\"Anna\"}";
        Api.Resp without = browser.send("POST", "/api/v1/extensions", ext, Map.of("Cookie", cookie));
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.json().get("code").stringValue()).isEqualTo("csrf_failed");
        assertThat(without.json().get("message").stringValue()).contains("X-CSRF-Token");
        Api.Resp wrong = browser.send("POST", "/api/v1/extensions", ext,
            Map.of("Cookie", cookie, "X-CSRF-Token", csrf.substring(1) + "x"));
        assertThat(wrong.json().get("code").stringValue()).isEqualTo("csrf_failed");
        Api.Resp other = browser.send("POST", "/api/v1/extensions", ext, Map.of("Cookie", cookie, "X-CSRF-Token",
            server.api().send("POST", "/api/v1/auth/login", ADMIN_LOGIN).json().get("csrfToken").stringValue()));
        assertThat(other.status()).as("another session's CSRF token").isEqualTo(403);
        assertThat(server.extensions.find("1001")).isEmpty();

        Api.Resp with = browser.send("POST", "/api/v1/extensions", ext, Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
        assertThat(with.status()).as(with.toString()).isEqualTo(201);
        Api.Resp patch = browser.send("PATCH", "/api/v1/extensions/1001", "{\"name\":\"Anna B.\"}",
            Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
        assertThat(patch.status()).isEqualTo(200);
        assertThat(admin.send("PATCH", "/api/v1/extensions/1001", "{\"name\":\"By bearer\"}").status())
            .as("a bearer token needs no CSRF header").isEqualTo(200);
    }

    @Test
    void aReloadedPageGetsItsCsrfTokenBackAndLogoutClearsTheCookie() {
        Api.Resp login = server.api().send("POST", "/api/v1/auth/login", ADMIN_LOGIN);
        String cookie = "centralino_session=" + cookieValue(login);
        Api browser = server.api();
        Api.Resp session = browser.send("GET", "/api/v1/auth/session", null, Map.of("Cookie", cookie));
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("csrfToken").stringValue()).isEqualTo(login.json().get("csrfToken")
            .stringValue());
        assertThat(session.json().get("user").get("username").stringValue()).isEqualTo("admin");

        assertThat(browser.send("POST", "/api/v1/auth/logout", null, Map.of("Cookie", cookie)).status())
            .as("logout is a change: it needs the CSRF header too").isEqualTo(403);
        Api.Resp out = browser.send("POST", "/api/v1/auth/logout", null,
            Map.of("Cookie", cookie, "X-CSRF-Token", session.json().get("csrfToken").stringValue()));
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).startsWith("centralino_session=;").contains("Max-Age=0");
        Api.Resp after = browser.send("GET", "/api/v1/auth/session", null, Map.of("Cookie", cookie));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("message").stringValue()).contains("session");
        assertThat(after.header("Set-Cookie")).as("the dead cookie is dropped").startsWith("centralino_session=;");
    }

    @Test
    void fiveFailuresLockTheUsernameWithRetryAfterUntilTheLockExpires() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("admin", "wrong-" + i).status()).isEqualTo(401);
        }
        Api.Resp locked = login("admin", TestServer.ADMIN_PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("30");
        assertThat(locked.json().get("code").stringValue()).isEqualTo("locked_out");
        assertThat(locked.json().has("token")).isFalse();

        server.clock.advance(Duration.ofSeconds(29));
        assertThat(login("admin", TestServer.ADMIN_PASSWORD).header("Retry-After")).isEqualTo("1");
        server.clock.advance(Duration.ofSeconds(1));
        assertThat(login("admin", "wrong-again").status()).as("the lock is over: counted again").isEqualTo(401);
        Api.Resp doubled = login("admin", TestServer.ADMIN_PASSWORD);
        assertThat(doubled.status()).isEqualTo(429);
        assertThat(doubled.header("Retry-After")).isEqualTo("60");
        server.clock.advance(Duration.ofSeconds(60));
        assertThat(login("admin", TestServer.ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(login("admin", "wrong").status()).as("a success reset the count").isEqualTo(401);
    }

    @Test
    void twentyParallelWrongLoginsGetFiveAnswersAndFifteenLockOuts() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                statuses.add(pool.submit(() -> {
                    go.await();
                    return login("admin", "wrong-" + n).status();
                }));
            }
            go.countDown();
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                got.add(f.get());
            }
            assertThat(got).filteredOn(s -> s == 401).hasSize(5);
            assertThat(got).filteredOn(s -> s == 429).hasSize(15);
        }
    }

    @Test
    void unknownUsernamesAreLockedOutTooAndTheLockOutSurvivesARestart() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("ghost", "x").status()).isEqualTo(401);
        }
        assertThat(login("ghost", "x").status()).isEqualTo(429);
        for (int i = 0; i < 5; i++) {
            login("admin", "wrong");
        }
        server.close();
        server = new TestServer(dir);
        Api.Resp r = server.api().send("POST", "/api/v1/auth/login", ADMIN_LOGIN);
        assertThat(r.status()).isEqualTo(429);
        assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 30);
    }

    @Test
    void aDisabledUserIsLockedOutAtOnceSessionsAndTokensIncluded() {
        user("anna", "USER", null);
        Api anna = as("anna");
        Api.Resp token = anna.send("POST", "/api/v1/me/tokens", "{\"name\":\"script\"}");
        Api script = server.api();
        script.token = token.json().get("token").stringValue();
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin.send("PATCH", "/api/v1/users/anna", "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(anna.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        Api.Resp relogin = login("anna", password("anna"));
        assertThat(relogin.status()).isEqualTo(401);
        assertThat(relogin.text()).isEqualTo(login("nobody", "x").text());

        assertThat(admin.send("PATCH", "/api/v1/users/anna", "{\"enabled\":true}").status()).isEqualTo(200);
        assertThat(anna.get("/api/v1/me").status()).as("the session was ended, not suspended").isEqualTo(401);
        assertThat(script.get("/api/v1/me").status()).as("API tokens work again").isEqualTo(200);
        assertThat(login("anna", password("anna")).status()).isEqualTo(200);
    }
}
