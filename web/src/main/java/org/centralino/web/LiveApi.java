package org.centralino.web;

import io.javalin.config.RoutesConfig;
import java.security.SecureRandom;
import org.centralino.core.account.AuthService;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.event.StreamEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live part of the API built from {@link LiveEvents}: the journal, subscribed to every
 * {@link StreamEvent} on the bus from construction on (so nothing published before the port opens is lost),
 * the event stream and the presence list.
 */
final class LiveApi {
    private final EventJournal journal;
    private final EventStreamRoute stream;
    private final PresenceRoutes presence;

    LiveApi(LiveEvents live, AuthService auth, ExtensionService extensions, JsonMapper mapper) {
        StreamMessages messages = new StreamMessages(mapper);
        journal = new EventJournal(live.limits(), live.clock(), newEpoch(), messages);
        live.events().subscribe(StreamEvent.class, journal::append);
        AudienceCheck audience = new AudienceCheck(live.visibility());
        stream = new EventStreamRoute(journal, auth, audience, messages, live.limits(), mapper, live.clock());
        stream.follow(live.events());
        presence = new PresenceRoutes(extensions, live.presence(), live.visibility(), journal);
    }

    /** Registers the routes; without live events they still exist and say so (503, close 1011). */
    static void register(LiveApi live, RoutesConfig routes) {
        if (live != null) {
            live.stream.register(routes);
            live.presence.register(routes);
            return;
        }
        routes.ws(EventStreamRoute.PATH, ws -> ws.onConnect(ctx -> ctx.closeSession(1011,
            "the event stream is not enabled on this server")), Access.PUBLIC);
        new PresenceRoutes(null, null, null, null).register(routes);
    }

    EventJournal journal() {
        return journal;
    }

    EventStreamRoute stream() {
        return stream;
    }

    /** A random id of this server start, short enough for a cursor: 8 base-36 characters. */
    private static String newEpoch() {
        long n = new SecureRandom().nextLong() & Long.MAX_VALUE;
        String s = Long.toString(n, 36);
        return s.substring(0, Math.min(8, s.length()));
    }
}
