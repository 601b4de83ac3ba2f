package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;

/** The real stack with an administrator logged in, and helpers to make extensions and users through the API. */
abstract class AccountTestBase extends WebTestBase {
    Api admin;

    @BeforeEach
    void loginAdmin() {
        admin = server.api().login();
    }

    static String password(String username) {
        return username + "-password-1";
    }

    void extension(String number) {
        Api.Resp r = admin.send("POST", "/api/v1/extensions", "{\"number\":\"" + number + "\",\"name\":\"Ext " + number
            + "\",\"sipPassword\":\"sip-secret-" + number + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** Creates a user with password {@link #password(String)}; extension may be null. */
    void user(String username, String role, String extension) {
        String ext = extension == null ? "null" : "\"" + extension + "\"";
        Api.Resp r = admin.send("POST", "/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\""
            + password(username) + "\",\"role\":\"" + role + "\",\"extension\":" + ext + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** A client logged in as {@code username}. */
    Api as(String username) {
        return server.api().loginAs(username, password(username));
    }

    void scope(String username, String extensions) {
        Api.Resp r = admin.send("PUT", "/api/v1/users/" + username + "/scope", "{\"extensions\":\"" + extensions
            + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
