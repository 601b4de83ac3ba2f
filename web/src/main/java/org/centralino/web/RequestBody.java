package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body that something before the route (the {@link Idempotency} fingerprint) had to read: the bytes are
 * kept on the request, so a route that streams its body (a CSV import, an upload) still gets all of it. A servlet
 * request's stream can be read only once, and Javalin caches only what it buffered itself.
 * <p>
 * Reading ahead is bounded by the matched route's own ceiling: {@link WebServer#MAX_REQUEST_BYTES} unless the route
 * declared a larger one with {@link #allowLarge}. Otherwise any user could make the server hold tens of MiB for a
 * JSON route that would refuse them anyway.
 */
final class RequestBody {
    private static final String ATTRIBUTE = "centralino.body";
    private static final String CEILING = "centralino.body.ceiling";

    private RequestBody() {
    }

    /**
     * Lets the route at {@code path} (a route path, as registered) receive bodies up to {@code maxBytes}, so they
     * are read ahead up to that size too. Register it with the route: it runs as a before handler, ahead of the
     * fingerprint.
     */
    static void allowLarge(RoutesConfig routes, String path, long maxBytes) {
        routes.before(path, ctx -> ctx.attribute(CEILING, maxBytes));
    }

    /**
     * The whole body, read once and kept for {@link #stream}; 413 {@code body_too_large} beyond the route's ceiling,
     * without reading when the length is declared. Bodies up to the JSON limit go through Javalin's own cache, so
     * {@code ctx.body()} still works in the route; larger ones (routes that {@link #allowLarge}) from the stream.
     */
    static byte[] readOnce(Context ctx) {
        byte[] kept = ctx.attribute(ATTRIBUTE);
        if (kept != null) {
            return kept;
        }
        Long declared = ctx.attribute(CEILING);
        long ceiling = declared == null ? WebServer.MAX_REQUEST_BYTES : declared;
        long length = ctx.req().getContentLengthLong();
        if (length > ceiling) {
            throw tooLarge(ceiling);
        }
        byte[] body;
        if (ceiling <= WebServer.MAX_REQUEST_BYTES || (length >= 0 && length <= WebServer.MAX_REQUEST_BYTES)) {
            body = ctx.bodyAsBytes(); // an unknown length (-1) too: Javalin enforces its limit as it reads
        } else {
            try (InputStream in = new UploadLimit(ctx.bodyInputStream(), ceiling)) {
                body = in.readAllBytes();
            } catch (UploadLimit.TooLarge e) {
                throw tooLarge(ceiling);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the request body of " + ctx.method() + " " + ctx.path(), e);
            }
        }
        ctx.attribute(ATTRIBUTE, body);
        return body;
    }

    /** The body as a stream: the kept bytes when something read them already, else the request's own stream. */
    static InputStream stream(Context ctx) {
        byte[] kept = ctx.attribute(ATTRIBUTE);
        return kept != null ? new ByteArrayInputStream(kept) : ctx.bodyInputStream();
    }

    private static ApiException tooLarge(long ceiling) {
        return new ApiException(413, "body_too_large", "the request body is larger than the limit of " + ceiling
            + " bytes (" + (ceiling >> 20) + " MiB) for this route");
    }
}
