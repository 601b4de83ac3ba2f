package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.presence.PresenceService;
import org.centralino.core.rights.Visibility;

/**
 * {@code GET /api/v1/presence}: the presence of every extension the caller may see, with the stream cursor it
 * was read at (503 when the server was built without presence): a client that loads this and then opens {@code /api/v1/events?since=<that cursor>} misses no
 * change (it may see one again that the list already shows, which is harmless for a state).
 */
final class PresenceRoutes {
    private final ExtensionService extensions;
    private final PresenceService presence;
    private final Visibility visibility;
    private final EventJournal journal;

    PresenceRoutes(ExtensionService extensions, PresenceService presence, Visibility visibility,
                   EventJournal journal) {
        this.extensions = extensions;
        this.presence = presence;
        this.visibility = visibility;
        this.journal = journal;
    }

    record PresenceJson(String extension, String name, String state) {
    }

    record PresenceListJson(List<PresenceJson> items, String since) {
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/presence", this::list, Access.AUTHENTICATED);
    }

    private void list(Context ctx) {
        if (presence == null) {
            throw new ApiException(503, "unavailable", "presence is not enabled on this server");
        }
        UserAccount viewer = Caller.of(ctx);
        // the cursor first: a change after it is in the stream, even if the list below already shows it
        String since = journal.epoch() + ":" + journal.last();
        List<PresenceJson> items = extensions.list().stream()
            .filter(e -> visibility.canSeePresence(viewer, e.number()))
            .map(e -> new PresenceJson(e.number(), e.name(), presence.of(e.number()).wireName()))
            .toList();
        ctx.json(new PresenceListJson(items, since));
    }
}
