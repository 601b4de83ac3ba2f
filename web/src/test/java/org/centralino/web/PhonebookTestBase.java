package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import tools.jackson.databind.JsonNode;

/** The real stack with a few users of each role, each with its own logged-in client. */
abstract class PhonebookTestBase extends WebTestBase {
    /** Creates {@code username} with {@code role} (owning {@code extension}, may be null) and logs in as them. */
    Api user(String username, Role role, String extension) {
        String password = "password-of-" + username;
        server.accounts.create(UserAccount.of(username, role, server.hasher.hash(password), Instant.now())
            .withExtension(extension));
        Api client = server.api();
        Api.Resp r = client.send("POST", "/api/v1/auth/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        client.token = r.json().get("token").stringValue();
        return client;
    }

    static JsonNode created(Api client, String path, String json) {
        Api.Resp r = client.send("POST", path, json);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /**
     * The machine code of an error answer: "error" today, "code" once the conventions of issue 5 (slice B) rename
     * it; the phonebook tests hold for both.
     */
    static String code(Api.Resp r) {
        JsonNode body = r.json();
        return (body.has("code") ? body.get("code") : body.get("error")).stringValue();
    }

    static String id(JsonNode contact) {
        return contact.get("id").stringValue();
    }

    /** A request with extra headers (If-Match), which the small client does not take. */
    Api.Resp sendWith(Api client, String method, String path, String json, String header, String value) {
        try {
            var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                    + server.web.port() + path))
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + client.token).header(header, value);
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            var r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Resp(r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
