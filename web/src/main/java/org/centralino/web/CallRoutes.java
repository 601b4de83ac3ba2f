package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallRegistry;

/**
 * {@code /api/v1/calls}: the active calls with their legs, read from the {@link CallRegistry}'s immutable
 * snapshots (safe from any thread while the calls' lanes move them on). A call that has ended has left the
 * registry: its record is under {@code /api/v1/cdr}. When the server was built without a registry the routes
 * exist (the API is the same on every build) and answer 503.
 */
final class CallRoutes {
    static final String BASE = "/api/v1/calls";
    static final String LIST = "calls";

    private final CallRegistry calls;

    /** @param calls null when calls are not wired in */
    CallRoutes(CallRegistry calls) {
        this.calls = calls;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.ADMIN);
        routes.get(BASE + "/{id}", this::get, Access.ADMIN);
    }

    /** Paged in order of call id: calls come and go, and keyset paging neither repeats nor skips the others. */
    private void list(Context ctx) {
        PageRequest page = Paging.request(ctx, LIST, Set.of(), p -> !p.isEmpty());
        List<Call> sorted = registry().list().stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
        ctx.json(Paging.page(sorted, c -> c.id().value(), Comparator.naturalOrder(), page, LIST, CallRoutes::json));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        Call call = registry().find(new CallId(id)).orElseThrow(() -> new ApiException(404, "call_not_found",
            "no active call with id '" + JsonBody.shorten(id) + "'; a call that has ended is under " + CdrRoutes.BASE));
        Preconditions.jsonWithContentEtag(ctx, json(call)); // a call has no version: the tag follows its state
    }

    /** The call's state and its media quality now, both read from any thread. */
    private static CallJson json(Call call) {
        return CallJson.of(call.state(), call.liveQuality());
    }

    private CallRegistry registry() {
        if (calls == null) {
            throw new ApiException(503, "unavailable", "calls are not enabled on this server");
        }
        return calls;
    }
}
