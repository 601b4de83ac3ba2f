package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill -9 in the middle of a burst of API writes loses no write that was acknowledged with a 2xx and leaves
 * a database that opens cleanly. The server runs as a real separate process, killed with SIGKILL.
 */
class KillDurabilityTest {
    private static final int WRITERS = 4;
    @TempDir
    Path tmp;

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        Path data = tmp.resolve("data");
        int httpPort = freePort();
        Process server = startServerProcess(data, httpPort);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String token = awaitLogin(http, httpPort);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger next = new AtomicInteger(100000);
            List<Thread> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                writers.add(Thread.ofPlatform().start(() -> writeUntilStopped(http, httpPort, token, next, stop,
                    acknowledged)));
            }
            // let the burst run, then kill the server in the middle of it (bounded: 400 writes or 10 s at most)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (acknowledged.size() < 400 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.toHandle().destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
            stop.set(true);
            for (Thread w : writers) {
                w.join(10_000);
            }
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThan(20);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("centralino.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (PbxFixture again = PbxFixture.start(data)) {
            Set<String> present = ConcurrentHashMap.newKeySet();
            again.pbx.extensions().list().forEach(e -> present.add(e.number()));
            assertThat(present).containsAll(acknowledged);
        }
    }

    private static void writeUntilStopped(HttpClient http, int port, String token, AtomicInteger next,
                                          AtomicBoolean stop, Set<String> acknowledged) {
        while (!stop.get()) {
            String number = Integer.toString(next.getAndIncrement());
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/extensions"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"" + number + "\",\"name\":\"Burst "
                    + number + "\",\"sipPassword\":\"burst-password-" + number + "\"}"))
                .build();
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acknowledged.add(number);
                }
            } catch (IOException e) {
                return; // the server is gone: what was acknowledged is what counts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Process startServerProcess(Path data, int httpPort) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            "org.centralino.server.Main", "run", "--data", data.toString(), "--bind", "127.0.0.1",
            "--sip-port", "0", "--http-port", Integer.toString(httpPort));
        pb.environment().put("CENTRALINO_ADMIN_PASSWORD", PbxFixture.ADMIN_PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(data.resolveSibling("server.log").toFile());
        return pb.start();
    }

    private static String awaitLogin(HttpClient http, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + PbxFixture.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server process did not come up within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
