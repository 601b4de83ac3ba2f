package org.centralino.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small java.net.http client for the API under test. */
final class Api {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    String token;

    Api(int port) {
        this.port = port;
    }

    record Resp(int status, java.net.http.HttpHeaders headers, String text) {
        JsonNode json() {
            return JSON.readTree(text);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    Api login() {
        Resp r = send("POST", "/api/v1/auth/login",
            "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r);
        }
        token = r.json().get("token").stringValue();
        return this;
    }

    /**
     * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and
     * {@code body} over a plain socket, for requests java.net.http refuses to build. A Content-Length in
     * {@code head} is sent as it is (to announce more than is sent); else, unless the head says the body is chunked,
     * it is the body's length.
     */
    Resp raw(String head, byte[] body) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            String h = head + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (token != null ? "Authorization: Bearer " + token + "\r\n" : "")
                + (head.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\r\n(content-length|transfer-encoding):.*")
                    ? ""
                    : "Content-Length: " + body.length + "\r\n") + "\r\n";
            s.getOutputStream().write(h.getBytes(StandardCharsets.ISO_8859_1));
            try {
                s.getOutputStream().write(body);
                s.getOutputStream().flush();
            } catch (java.net.SocketException e) {
                // the server may answer (401, 413) and close before it has read a large body: read that answer
            }
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            int split = all.indexOf("\r\n\r\n");
            String headers = all.substring(0, split);
            String text = all.substring(split + 4);
            if (headers.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                text = unchunk(text);
            }
            var map = new java.util.TreeMap<String, java.util.List<String>>(String.CASE_INSENSITIVE_ORDER);
            for (String line : headers.split("\r\n")) {
                int c = line.indexOf(':');
                if (c > 0) {
                    map.computeIfAbsent(line.substring(0, c).strip(), k -> new java.util.ArrayList<>())
                        .add(line.substring(c + 1).strip());
                }
            }
            return new Resp(status, java.net.http.HttpHeaders.of(map, (a, b) -> true), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String unchunk(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int eol = s.indexOf("\r\n", i);
            int len = Integer.parseInt(s.substring(i, eol).strip(), 16);
            if (len == 0) {
                return out.toString();
            }
            out.append(s, eol + 2, eol + 2 + len);
            i = eol + 2 + len + 2;
        }
    }

    Resp get(String path) {
        return send("GET", path, null);
    }

    Resp send(String method, String path, String json) {
        return send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
            json == null ? null : "application/json", token);
    }

    Resp send(String method, String path, byte[] body, String contentType, String bearer) {
        return send(method, path, body, contentType, bearer, java.util.Map.of());
    }

    /** A JSON request with extra headers (If-Match, Idempotency-Key). */
    Resp send(String method, String path, String json, java.util.Map<String, String> headers) {
        return send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
            json == null ? null : "application/json", token, headers);
    }

    Resp send(String method, String path, byte[] body, String contentType, String bearer,
              java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in as {@code username} and keeps the bearer token; fails the test when the login fails. */
    Api loginAs(String username, String password) {
        Resp r = send("POST", "/api/v1/auth/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r);
        }
        token = r.json().get("token").stringValue();
        return this;
    }
}
