package org.centralino.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.registrar.Binding;
import org.junit.jupiter.api.AfterEach;

/** Users with roles and extensions, and event-stream clients that are closed after each test. */
abstract class StreamTestBase extends WebTestBase {
    static final String PASSWORD = "stream-test-password";
    private final List<StreamTestClient> clients = new ArrayList<>();

    /** Creates a user and logs it in; returns its bearer token. */
    String login(String username, Role role, String extension) {
        server.accounts.create(UserAccount.of(username, role, server.hasher.hash(PASSWORD), Instant.now())
            .withExtension(extension));
        return server.auth.login(username, PASSWORD).orElseThrow().token();
    }

    String adminToken() {
        return api.login().token;
    }

    StreamTestClient connect(String token, String query) {
        return track(StreamTestClient.connect(server.web.port(), query, Map.of("Authorization", "Bearer " + token)));
    }

    StreamTestClient track(StreamTestClient c) {
        clients.add(c);
        return c;
    }

    void register(String extension, String contact) {
        server.locations.update(extension, m -> m.put(contact, new Binding(extension, contact, "udp:127.0.0.1:5062",
            Instant.now().plusSeconds(600), "cid-" + contact, 1, "phone", 1000, Instant.now())));
    }

    void unregister(String extension, String contact) {
        server.locations.update(extension, m -> m.remove(contact));
    }

    /** Skips the stream.hello a client without since gets first, checking it is one; returns its cursor. */
    static String hello(StreamTestClient c) {
        var m = c.next();
        if (!m.get("type").stringValue().equals(StreamMessages.HELLO)) {
            throw new AssertionError("expected stream.hello first, got " + m);
        }
        return m.get("epoch").stringValue() + ":" + m.get("seq").longValue();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(StreamTestClient::close);
    }
}
