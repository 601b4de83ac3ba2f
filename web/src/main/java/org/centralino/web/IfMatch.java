package org.centralino.web;

import io.javalin.http.Context;

/**
 * Versions as entity tags (RFC 9110 §8.8.3): a resource's ETag is its version in quotes; {@code If-Match} with a
 * tag that is not the current one is answered 412 by the use case.
 */
final class IfMatch {
    private IfMatch() {
    }

    static void etag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    /**
     * The version {@code If-Match} asks for; null when the header is absent or {@code *} (any current version).
     * A weak tag compares like a strong one here: versions have no weak form.
     */
    static Long version(Context ctx) {
        String h = ctx.header("If-Match");
        if (h == null || h.isBlank() || h.strip().equals("*")) {
            return null;
        }
        String t = h.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 3 && t.startsWith("\"") && t.endsWith("\"")) {
            try {
                return Long.parseLong(t.substring(1, t.length() - 1));
            } catch (NumberFormatException e) {
                // a tag we never sent: fall through to 412
            }
        }
        throw new ApiException(412, "precondition_failed", "If-Match " + JsonBody.shorten(h)
            + " is not an entity tag of this resource; send the ETag of your last read, like \"3\"");
    }
}
