package org.centralino.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body that something before the route (the {@link Idempotency} fingerprint) had to read: the bytes are
 * kept on the request, so a route that streams its body (a CSV import, an upload) still gets all of it. A servlet
 * request's stream can be read only once, and Javalin caches only what it buffered itself.
 */
final class RequestBody {
    /**
     * The largest body read whole for a fingerprint: above the largest streamed upload (the 16 MiB phonebook import,
     * the music-on-hold files), so any body a route accepts can be fingerprinted.
     */
    static final long MAX_READ_BYTES = 64L * 1024 * 1024;
    private static final String ATTRIBUTE = "centralino.body";

    private RequestBody() {
    }

    /**
     * The whole body, read once and kept for {@link #stream}. Bodies up to the JSON limit go through Javalin's own
     * cache, so {@code ctx.body()} still works in the route; larger ones are read from the stream.
     */
    static byte[] readOnce(Context ctx) {
        byte[] kept = ctx.attribute(ATTRIBUTE);
        if (kept != null) {
            return kept;
        }
        long length = ctx.req().getContentLengthLong();
        byte[] body;
        if (length <= WebServer.MAX_REQUEST_BYTES) { // -1 (unknown) too: Javalin enforces its limit as it reads
            body = ctx.bodyAsBytes();
        } else if (length > MAX_READ_BYTES) {
            throw new ApiException(413, "body_too_large", "the request body is larger than " + MAX_READ_BYTES
                + " bytes");
        } else {
            try (InputStream in = new UploadLimit(ctx.bodyInputStream(), MAX_READ_BYTES)) {
                body = in.readAllBytes();
            } catch (UploadLimit.TooLarge e) {
                throw new ApiException(413, "body_too_large", "the request body is larger than " + MAX_READ_BYTES
                    + " bytes");
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
}
