package org.centralino.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.NewExtension;

/**
 * Extensions and logged-in users of several roles for the portal tests. Users are written to the account store
 * directly: the users API is slice A's; the login is the real one.
 */
final class PortalFixture {
    static final String PASSWORD = "portal-password-for-tests";

    private final TestServer server;

    PortalFixture(TestServer server) {
        this.server = server;
    }

    void extension(String number, String name, String mobile) {
        server.extensionService.create(new NewExtension(number, name, null, mobile, "sip-password-1", null, null,
            null));
    }

    /** A logged-in user in Rome. */
    Api user(String username, Role role, String extension) {
        return user(username, role, extension, "Europe/Rome");
    }

    Api user(String username, Role role, String extension, String timeZone) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        server.accounts.create(new UserAccount(username, username, null, null, "it", timeZone, "dd/MM/yyyy",
            extension, role, server.hasher.hash(PASSWORD), true, now, now, 1));
        Api api = server.api();
        Api.Resp r = api.send("POST", "/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\""
            + PASSWORD + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r);
        }
        api.token = r.json().get("token").stringValue();
        return api;
    }

    /** The error code of an error answer (slice B may rename the member from "error" to "code"). */
    static String code(Api.Resp r) {
        var json = r.json();
        return json.has("code") ? json.get("code").stringValue() : json.get("error").stringValue();
    }
}
