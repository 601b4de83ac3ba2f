package org.centralino.server;

import org.centralino.media.rtp.RtpEngineConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real Centralino on loopback with free ports and its own data directory, plus an HTTP client for its API. */
final class PbxFixture implements AutoCloseable {
    static final String ADMIN_PASSWORD = "test-admin-password";
    final Path dataDir;
    final Centralino pbx;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    private PbxFixture(Path dataDir, Path configFile, Duration rtpTimeout) throws IOException {
        this.dataDir = dataDir;
        this.pbx = new Centralino(new ServerConfig(dataDir, InetAddress.getLoopbackAddress(), 0, 0,
            ServerConfig.DEFAULT_RTP_PORTS, rtpTimeout, configFile, ADMIN_PASSWORD, ServerConfig.DEFAULT_REALM, null,
            ServerConfig.DEFAULT_LANGUAGE, ServerConfig.DEFAULT_TONE_PLAN)).start();
    }

    static PbxFixture start(Path dataDir) throws IOException {
        return new PbxFixture(dataDir, null, RtpEngineConfig.DEFAULT_RTP_TIMEOUT);
    }

    static PbxFixture start(Path dataDir, String yaml) throws IOException {
        return start(dataDir, yaml, RtpEngineConfig.DEFAULT_RTP_TIMEOUT);
    }

    /** With the extensions of {@code yaml} and calls ended when a leg sends no RTP for {@code rtpTimeout}. */
    static PbxFixture start(Path dataDir, String yaml, Duration rtpTimeout) throws IOException {
        Files.createDirectories(dataDir);
        Path cfg = dataDir.resolveSibling(dataDir.getFileName() + ".yaml");
        Files.writeString(cfg, yaml);
        return new PbxFixture(dataDir, cfg, rtpTimeout);
    }

    int sipPort() {
        return pbx.sipPort();
    }

    HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        if (token == null && !path.endsWith("/auth/login")) {
            HttpResponse<String> login = api("POST", "/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            token = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pbx.httpPort() + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends raw bytes (an audio upload) with the admin's token. */
    HttpResponse<String> upload(String method, String path, byte[] body, String contentType)
        throws IOException, InterruptedException {
        if (token == null) {
            api("GET", "/api/v1/openapi.json", null); // logs in
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pbx.httpPort() + path))
            .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType).header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        pbx.close();
    }
}
