package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.history.HistoryRequest;

/**
 * {@code GET /api/v1/me/calls}: the call history of the caller's extension, or with {@code extension=} of another
 * one the caller may see the calls of (administrators, operators, the SEE_CALLS right). {@code day} is a day in
 * the caller's time zone.
 */
final class HistoryRoutes {
    static final String PATH = "/api/v1/me/calls";

    private final PortalServices portal;

    /** @param portal null when the portal services are not wired in: the route exists and answers 503 */
    HistoryRoutes(PortalServices portal) {
        this.portal = portal;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::list, Access.AUTHENTICATED);
    }

    private void list(Context ctx) {
        PortalServices portal = portal();
        UserAccount me = Caller.of(ctx);
        HistoryParams p = HistoryParams.parse(ctx.queryParamMap());
        String extension = p.extension() == null ? own(me) : other(portal, me, p.extension());
        ctx.header("Cache-Control", "no-store");
        HistoryRequest req = new HistoryRequest(extension, p.direction(), p.text(), p.day(), zone(me), p.limit(),
            p.cursor());
        ctx.json(HistoryJson.of(portal.history().list(me, req)));
    }

    private static String own(UserAccount me) {
        if (me.extension() == null) {
            throw new ApiException(422, "no_extension", "your account (" + me.username() + ") owns no extension, so "
                + "it has no call history; pass extension= to see the calls of an extension you may see");
        }
        return me.extension();
    }

    /** Rights first, so that a user cannot learn which numbers exist by asking; then the extension must exist. */
    private static String other(PortalServices portal, UserAccount me, String extension) {
        if (!me.owns(extension) && !portal.visibility().canSeeCalls(me, extension)) {
            throw new ApiException(403, "forbidden", "you may not see the calls of extension "
                + JsonBody.shorten(extension) + "; leave extension= out for your own");
        }
        if (portal.extensions().find(extension).isEmpty()) {
            throw new UnknownExtensionException(JsonBody.shorten(extension));
        }
        return extension;
    }

    private PortalServices portal() {
        if (portal == null) {
            throw new ApiException(503, "unavailable", "the call history is not enabled on this server");
        }
        return portal;
    }

    /** The user's zone; a zone id the JDK no longer knows falls back to UTC rather than failing the list. */
    private static ZoneId zone(UserAccount me) {
        try {
            return ZoneId.of(me.timeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
