package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.centralino.core.account.UserAccount;
import org.centralino.core.forwarding.ForwardingPatch;
import org.centralino.core.forwarding.ForwardingService;
import org.centralino.core.forwarding.ForwardingSettings;
import org.centralino.core.forwarding.ForwardingView;
import tools.jackson.databind.json.JsonMapper;

/**
 * DND and call forwarding of one extension: {@code /api/v1/extensions/{number}/forwarding} for its owner and
 * whoever may manage it, and {@code /api/v1/me/forwarding} for the caller's own extension. Answers carry
 * {@code ETag: "<version>"}; a PATCH with an {@code If-Match} that is not the current version gets 412
 * ({@link Preconditions}, answered by {@link ErrorMapping} with the current ETag).
 */
final class ForwardingRoutes {
    static final String EXTENSION_PATH = "/api/v1/extensions/{number}/forwarding";
    static final String ME_PATH = "/api/v1/me/forwarding";

    private final PortalServices portal;
    private final JsonMapper mapper;
    private final Auditor audit;

    /**
     * @param portal null when the portal services are not wired in: the routes exist and answer 503
     * @param audit  records changes made to another user's extension (an administrator's); one's own are not audited
     */
    ForwardingRoutes(PortalServices portal, JsonMapper mapper, Auditor audit) {
        this.portal = portal;
        this.mapper = mapper;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get(EXTENSION_PATH, ctx -> get(ctx, allowed(ctx, ctx.pathParam("number"))), Access.AUTHENTICATED);
        routes.patch(EXTENSION_PATH, ctx -> patch(ctx, allowed(ctx, ctx.pathParam("number"))), Access.AUTHENTICATED);
        routes.get(ME_PATH, ctx -> get(ctx, own(ctx)), Access.AUTHENTICATED);
        routes.patch(ME_PATH, ctx -> patch(ctx, own(ctx)), Access.AUTHENTICATED);
    }

    private void get(Context ctx, String number) {
        answer(ctx, service().settings(number));
    }

    private void patch(Context ctx, String number) {
        ForwardingService service = service();
        ForwardingSettings before = service.settings(number); // 404 before 400/415: the resource comes first
        ForwardingPatch patch = ForwardingPatchJson.parse(JsonBody.object(ctx, mapper));
        ForwardingSettings after = service.patch(number, patch, Preconditions.ifMatch(ctx));
        if (!Caller.of(ctx).owns(number) && after.version() != before.version()) {
            audit.record(ctx, "forwarding.update", "extension", number, ForwardingView.of(before),
                ForwardingView.of(after));
        }
        answer(ctx, after);
    }

    /** The extension's owner, and whoever may manage it (delegated administration), may read and change it. */
    private String allowed(Context ctx, String number) {
        UserAccount me = Caller.of(ctx);
        if (!me.owns(number) && !portal().visibility().canManageExtension(me, number)) {
            throw new ApiException(403, "forbidden", "you may read and change the forwarding of your own extension "
                + "only" + (me.extension() == null ? "" : " (" + me.extension() + ")") + ", or of extensions you "
                + "administer; use /api/v1/me/forwarding for your own");
        }
        return number;
    }

    private PortalServices portal() {
        if (portal == null) {
            throw new ApiException(503, "unavailable", "DND and forwarding are not enabled on this server");
        }
        return portal;
    }

    private ForwardingService service() {
        return portal().forwarding();
    }

    private static String own(Context ctx) {
        UserAccount me = Caller.of(ctx);
        if (me.extension() == null) {
            throw new ApiException(422, "no_extension", "your account (" + me.username() + ") owns no extension, so "
                + "it has no DND or forwarding; an administrator can assign you one");
        }
        return me.extension();
    }

    private static void answer(Context ctx, ForwardingSettings s) {
        Preconditions.etag(ctx, s.version());
        ctx.header("Cache-Control", "no-store"); // a browser must not show a stale DND state
        ctx.json(ForwardingView.of(s));
    }
}
