package org.centralino.web;

import io.javalin.http.Context;

/**
 * {@code ETag} and {@code If-Match} (RFC 9110 §8.8.3, §13.1.1) for the account routes: the entity tag is the
 * entity's version in quotes. Kept in this one place so it can give way to the shared preconditions helper.
 */
final class EntityTags {
    private EntityTags() {
    }

    /** Answers the entity's tag. */
    static void tag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    /**
     * The version the client's {@code If-Match} names when it names the {@code current} one; null when there is no
     * If-Match or it is {@code *} (any current entity). Strong comparison: a weak tag never matches.
     *
     * @throws ApiException 412 {@code precondition_failed} when the header names other versions only
     */
    static Long ifMatch(Context ctx, long current) {
        String header = ctx.header("If-Match");
        if (header == null || header.strip().equals("*")) {
            return null;
        }
        String wanted = "\"" + current + "\"";
        for (String tag : header.split(",")) {
            if (tag.strip().equals(wanted)) {
                return current;
            }
        }
        throw new ApiException(412, "precondition_failed", "If-Match " + JsonBody.shorten(header.strip())
            + " does not match the current version " + wanted + ": someone changed it; read it again and retry");
    }
}
