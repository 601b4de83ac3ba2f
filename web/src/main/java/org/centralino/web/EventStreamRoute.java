package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.Authenticated;
import org.centralino.core.account.SessionEnded;
import org.centralino.core.account.UserChanged;
import org.centralino.core.event.EventBus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/events}: the WebSocket event stream (contract of issue 5, "Events on the stream"). The client
 * authenticates with {@code Authorization: Bearer}, the {@code centralino_session} cookie or
 * {@code ?access_token=} (browsers cannot set headers on a WebSocket); without a live session the connection is
 * accepted and closed at once with 1008 and the reason, which a browser can read (a refused upgrade it cannot).
 * A browser sends the cookie on a handshake whichever page opens it, and the handshake is a GET (no CSRF header):
 * with the cookie the {@code Origin} must be this server's own ({@link BrowserOrigin}), else 1008
 * {@code forbidden origin}. A bearer or query token needs no such check: a hostile page does not have it.
 * {@code ?since=<epoch>:<seq>} resumes after that event; see {@link #opening} for what the first message is.
 */
final class EventStreamRoute {
    static final String PATH = "/api/v1/events";
    static final String SESSION_COOKIE = SessionCookie.NAME;
    static final String FORBIDDEN_ORIGIN = "forbidden origin: with the session cookie, open the stream from a page of "
        + "this server";
    /** WebSocket pings from the server keep idle streams (and proxies) from timing out. */
    private static final long PING_SECONDS = 15;

    private final EventJournal journal;
    private final AuthService auth;
    private final AudienceCheck audience;
    private final StreamMessages messages;
    private final StreamLimits limits;
    private final JsonMapper mapper;
    private final Clock clock;
    private final Map<String, StreamClient> clients = new ConcurrentHashMap<>();

    EventStreamRoute(EventJournal journal, AuthService auth, AudienceCheck audience, StreamMessages messages,
                     StreamLimits limits, JsonMapper mapper, Clock clock) {
        this.journal = journal;
        this.auth = auth;
        this.audience = audience;
        this.messages = messages;
        this.limits = limits;
        this.mapper = mapper;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.ws(PATH, ws -> {
            ws.onConnect(this::connect);
            ws.onMessage(this::message);
            ws.onClose(this::release);
            ws.onError(this::release);
        }, Access.PUBLIC);
    }

    /**
     * A logout closes the streams of that session, and a changed user (disabled, deleted, new role) has its streams
     * check their session and rights, at once: the periodic check ({@link StreamLimits#reauthEvery}) is for what
     * publishes nothing (a session that expires). The check runs on each client's writer, not on the bus's thread.
     */
    void follow(EventBus events) {
        events.subscribe(SessionEnded.class, e -> recheck(c -> c.tokenHash().equals(e.tokenHash())));
        events.subscribe(UserChanged.class, e -> recheck(c -> c.username().equals(e.username())));
    }

    private void recheck(Predicate<StreamClient> which) {
        clients.values().stream().filter(which).forEach(StreamClient::recheck);
    }

    private void connect(WsConnectContext ctx) {
        Optional<Credential> credential = credential(ctx);
        if (credential.isPresent() && credential.get().cookie() && !sameOrigin(ctx)) {
            ctx.closeSession(StreamClient.POLICY_VIOLATION, FORBIDDEN_ORIGIN);
            return;
        }
        Optional<String> token = credential.map(Credential::token);
        Optional<Authenticated> who = token.flatMap(auth::resolve);
        if (who.isEmpty()) {
            ctx.closeSession(StreamClient.POLICY_VIOLATION, token.isEmpty()
                ? "unauthorized: send Authorization: Bearer, the session cookie or ?access_token="
                : "unauthorized: the token is unknown, expired or logged out; log in again");
            return;
        }
        Optional<StreamCursor> since;
        try {
            since = StreamCursor.parse(ctx.queryParam("since"));
        } catch (IllegalArgumentException e) {
            ctx.closeSession(StreamClient.POLICY_VIOLATION, e.getMessage());
            return;
        }
        StreamClient client = new StreamClient(ctx.session, journal, audience, limits, who.get().account(),
            () -> auth.authenticate(token.get()), who.get().tokenHash(), clock);
        clients.put(ctx.sessionId(), client);
        ctx.enableAutomaticPings(PING_SECONDS, TimeUnit.SECONDS);
        Opening o = opening(since);
        client.start(o.from(), o.first());
    }

    /** Where a client starts, and what it is told first (null: nothing, the replay begins at once). */
    record Opening(long from, String first) {
    }

    /**
     * Without {@code since}: a {@code stream.hello} with the current cursor, then live events. With a cursor
     * this journal still holds: every event after it, then live (no hello). Otherwise, a cursor of another
     * epoch (the server restarted), older than the retained window, or beyond the newest event: a
     * {@code stream.reset} with the current cursor, then live events: the client reloads its state.
     */
    Opening opening(Optional<StreamCursor> since) {
        long last = journal.last();
        if (since.isEmpty()) {
            return new Opening(last, messages.hello(last, journal.epoch()));
        }
        StreamCursor c = since.get();
        String reason = null;
        if (c.epoch() != null && !c.epoch().equals(journal.epoch())) {
            reason = "the server restarted (epoch " + c.epoch() + " is over, this is " + journal.epoch() + ")";
        } else if (c.seq() > last) {
            reason = "seq " + c.seq() + " was never sent: the newest is " + last;
        } else if (c.seq() + 1 < journal.firstRetained()) {
            reason = "seq " + c.seq() + " is older than the retained events (from " + journal.firstRetained() + ")";
        }
        return reason == null ? new Opening(c.seq(), null)
            : new Opening(last, messages.reset(last, journal.epoch(), reason));
    }

    private void message(WsMessageContext ctx) {
        StreamClient client = clients.get(ctx.sessionId());
        if (client != null && isPing(ctx.message())) {
            client.ping();
        }
    }

    private boolean isPing(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node.isObject() && "ping".equals(node.path("type").asString(null));
        } catch (JacksonException e) {
            return false; // clients send nothing else; anything unreadable is ignored, not fatal
        }
    }

    /** The connection closed or failed: its writer ends. */
    private void release(WsContext ctx) {
        StreamClient client = clients.remove(ctx.sessionId());
        if (client != null) {
            client.closed();
        }
    }

    /** A token, and whether it came from the cookie (which the browser adds on its own, whoever's page asks). */
    private record Credential(String token, boolean cookie) {
    }

    /** The token of the header, else of the cookie, else of the query parameter. */
    private static Optional<Credential> credential(WsContext ctx) {
        Optional<String> bearer = Authenticator.bearer(ctx.header("Authorization"));
        if (bearer.isPresent()) {
            return Optional.of(new Credential(bearer.get(), false));
        }
        String cookie = ctx.cookie(SESSION_COOKIE);
        if (cookie != null && !cookie.isBlank()) {
            return Optional.of(new Credential(cookie, true));
        }
        String query = ctx.queryParam("access_token");
        return query == null || query.isBlank() ? Optional.empty() : Optional.of(new Credential(query, false));
    }

    /** Whether the handshake's {@code Origin} is this server as the browser sees it (a missing one is not). */
    private static boolean sameOrigin(WsContext ctx) {
        return BrowserOrigin.same(ctx.header("Origin"), ctx.session.getUpgradeRequest().isSecure(), ctx.header("Host"),
            ctx.header("X-Forwarded-Proto"), ctx.header("X-Forwarded-Host"));
    }
}
