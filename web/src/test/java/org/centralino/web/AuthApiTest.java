package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthApiTest extends WebTestBase {

    @Test
    void loginReturnsTokenThatOpensTheApi() {
        Api.Resp r = api.send("POST", "/api/v1/auth/login",
            "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        Instant expires = Instant.parse(r.json().get("expiresAt").stringValue());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofHours(11)), Instant.now().plus(Duration.ofHours(13)));
        api.token = r.json().get("token").stringValue();
        assertThat(api.get("/api/v1/extensions").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() {
        Api.Resp wrong = api.send("POST", "/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"nope\"}");
        Api.Resp unknown = api.send("POST", "/api/v1/auth/login", "{\"username\":\"ghost\",\"password\":\"nope\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.text()).isEqualTo(unknown.text());
        assertThat(wrong.json().get("code").stringValue()).isEqualTo("invalid_credentials");
    }

    @Test
    void loginWithoutFieldsIs422() {
        Api.Resp r = api.send("POST", "/api/v1/auth/login", "{}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("fields").propertyNames()).containsExactly("username", "password");
    }

    @Test
    void everyOtherEndpointNeedsAValidBearerToken() {
        for (String[] call : new String[][] {{"GET", "/api/v1/extensions"}, {"POST", "/api/v1/extensions"},
            {"GET", "/api/v1/extensions/1001"}, {"PATCH", "/api/v1/extensions/1001"},
            {"DELETE", "/api/v1/extensions/1001"}, {"GET", "/api/v1/registrations"}, {"POST", "/api/v1/auth/logout"}}) {
            for (String bearer : new String[] {null, "made-up-token", ""}) {
                Api.Resp r = api.send(call[0], call[1], "{}".getBytes(), "application/json", bearer);
                assertThat(r.status()).as(call[0] + " " + call[1] + " with " + bearer).isEqualTo(401);
                assertThat(r.json().get("code").stringValue()).isEqualTo("unauthorized");
                assertThat(r.json().get("message").stringValue()).isNotBlank();
                assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
            }
        }
        Api.Resp basic = api.raw("GET /api/v1/extensions HTTP/1.1\r\nAuthorization: Basic YWRtaW46eA==", new byte[0]);
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheToken() {
        api.login();
        String token = api.token;
        assertThat(api.send("POST", "/api/v1/auth/logout", null).status()).isEqualTo(204);
        Api.Resp after = api.get("/api/v1/extensions");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(token).isNotBlank();
    }

    @Test
    void tokensSurviveARestartOfTheServer() {
        api.login();
        String token = api.token;
        server.close();
        server = new TestServer(dir);
        Api again = server.api();
        again.token = token;
        assertThat(again.get("/api/v1/extensions").status()).isEqualTo(200);
    }

    @Test
    void openApiNeedsNoToken() {
        Api.Resp r = api.get("/api/v1/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().get("openapi").stringValue()).startsWith("3.1");
    }
}
