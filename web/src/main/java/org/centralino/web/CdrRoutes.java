package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.centralino.core.cdr.CdrService;

/**
 * {@code /api/v1/cdr}: call records, a thin HTTP layer over {@link CdrService}. When the server was built
 * without a CDR service the routes exist (the API is the same on every build) and answer 503.
 */
final class CdrRoutes {
    static final String BASE = "/api/v1/cdr";

    private final CdrService service;

    /** @param service null when call records are not wired in */
    CdrRoutes(CdrService service) {
        this.service = service;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.REPORTS);
        routes.get(BASE + "/{callId}", this::get, Access.REPORTS);
    }

    private void list(Context ctx) {
        CdrService s = service();
        ctx.json(CdrPageJson.of(s.query(CdrParams.parse(ctx.queryParamMap()))));
    }

    private void get(Context ctx) {
        String callId = ctx.pathParam("callId");
        Preconditions.jsonWithContentEtag(ctx, CallRecordJson.of(service().find(callId).orElseThrow(() ->
            new ApiException(404, "call_record_not_found", "no call record with id '" + JsonBody.shorten(callId)
                + "'"))));
    }

    private CdrService service() {
        if (service == null) {
            throw new ApiException(503, "unavailable", "call records are not enabled on this server");
        }
        return service;
    }
}
