package org.centralino.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JDK {@link WebSocket} client of {@code /api/v1/events}: collects the text messages and the close. A paused
 * client asks for no more messages, so the JDK stops reading its socket and the server's writes back up.
 */
final class StreamTestClient implements WebSocket.Listener, AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WAIT_SECONDS = 10;

    /** How the server closed the connection. */
    record Close(int code, String reason) {
    }

    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean paused;
    private WebSocket ws;

    private StreamTestClient(boolean paused) {
        this.paused = paused;
    }

    static StreamTestClient connect(int port, String query, Map<String, String> headers) {
        return open(port, query, headers, false);
    }

    /** A client that takes the first message and then reads nothing more. */
    static StreamTestClient connectStalled(int port, String query, Map<String, String> headers) {
        return open(port, query, headers, true);
    }

    private static StreamTestClient open(int port, String query, Map<String, String> headers, boolean paused) {
        StreamTestClient c = new StreamTestClient(paused);
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(b::header);
        String uri = "ws://127.0.0.1:" + port + EventStreamRoute.PATH + (query.isEmpty() ? "" : "?" + query);
        c.ws = b.buildAsync(URI.create(uri), c).orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
        return c;
    }

    /** The next message; fails when none comes in time. */
    JsonNode next() {
        try {
            JsonNode m = messages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no message within " + WAIT_SECONDS + " s");
            }
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next {@code n} messages. */
    List<JsonNode> next(int n) {
        List<JsonNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /** How the server closed the connection; fails when it does not in time. */
    Close awaitClose() {
        return closed.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** How the server closed the connection; fails when it does not within {@code within}. */
    Close awaitClose(Duration within) {
        return closed.orTimeout(within.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    void send(String text) {
        ws.sendText(text, true).join();
    }

    /** Lets a paused client read again (it then sees what was queued and the close). */
    void resume() {
        ws.request(Long.MAX_VALUE);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        if (!paused) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Close(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Close(1006, String.valueOf(error)));
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(WAIT_SECONDS, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        }
        ws.abort();
    }
}
