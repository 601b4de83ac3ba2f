package org.centralino.web;

import java.util.Objects;

/**
 * Where the HTTP API listens.
 *
 * @param host the address to bind, e.g. "0.0.0.0" or "127.0.0.1"
 * @param port the TCP port; 0 picks a free one (tests), see {@link WebServer#port()}
 */
public record WebConfig(String host, int port) {
    /** DESIGN §2 Interfaces: HTTP on 8080 unless configured. */
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("HTTP port must be 0..65535, was " + port);
        }
    }
}
