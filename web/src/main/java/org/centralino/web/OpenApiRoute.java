package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the API description, kept by hand next to the code in
 * {@code org/centralino/web/openapi.json}; a test checks it names exactly the routes registered here.
 */
final class OpenApiRoute {
    static final String PATH = "/api/v1/openapi.json";
    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    OpenApiRoute() {
        this.document = load();
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::serve, Access.PUBLIC);
    }

    private void serve(Context ctx) {
        ctx.contentType("application/json").result(document);
    }

    static byte[] load() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource org/centralino/web/" + RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/centralino/web/" + RESOURCE, e);
        }
    }
}
