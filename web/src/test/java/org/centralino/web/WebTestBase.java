package org.centralino.web;

import java.nio.file.Path;
import org.centralino.core.rights.Visibility;
import org.centralino.media.moh.MohLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real stack on a fresh SQLite file for each test. */
abstract class WebTestBase {
    @TempDir
    Path dir;
    TestServer server;
    Api api;

    @BeforeEach
    void startServer() {
        server = new TestServer(dir, music(), visibility(), streamLimits());
        api = server.api();
    }

    /** The music-on-hold library the server gets; none (the API answers 503) unless a test class needs one. */
    MohLibrary music() {
        return null;
    }

    /** The event stream's limits; the defaults unless a test class needs small ones. */
    StreamLimits streamLimits() {
        return StreamLimits.DEFAULT;
    }

    /** The rights the API asks; null (the groups and scopes of the server) unless a test class stands in for them. */
    Visibility visibility() {
        return null;
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
