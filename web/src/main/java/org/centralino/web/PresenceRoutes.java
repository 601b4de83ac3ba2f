package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.presence.PresenceService;
import org.centralino.core.rights.Visibility;

/**
 * {@code GET /api/v1/presence}: the presence of every extension the caller may see, paged in number order like
 * every list ({@link Paging}), with the stream cursor each page was read at (503 when the server was built
 * without presence). A client that loads the pages and then opens
 * {@code /api/v1/events?since=<the first page's cursor>} misses no change (it may see one again that a page
 * already shows, which is harmless for a state).
 */
final class PresenceRoutes {
    static final String LIST = "presence";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");

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

    /** A page of the list ({@link Paging}) and the stream cursor it was read at. */
    record PresencePageJson(List<PresenceJson> items, String nextCursor, String since) {
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/presence", this::list, Access.AUTHENTICATED);
    }

    private void list(Context ctx) {
        if (presence == null) {
            throw new ApiException(503, "unavailable", "presence is not enabled on this server");
        }
        PageRequest request = Paging.request(ctx, LIST, Set.of(), p -> NUMBER.matcher(p).matches());
        UserAccount viewer = Caller.of(ctx);
        // the cursor first: a change after it is in the stream, even if the list below already shows it
        String since = journal.epoch() + ":" + journal.last();
        List<Extension> visible = extensions.list().stream()
            .filter(e -> visibility.canSeePresence(viewer, e.number()))
            .sorted(Comparator.comparing(Extension::number, ExtensionRoutes.BY_NUMBER))
            .toList();
        PageJson<PresenceJson> page = Paging.page(visible, Extension::number, ExtensionRoutes.BY_NUMBER, request, LIST,
            e -> new PresenceJson(e.number(), e.name(), presence.of(e.number()).wireName()));
        ctx.json(new PresencePageJson(page.items(), page.nextCursor(), since));
    }
}
