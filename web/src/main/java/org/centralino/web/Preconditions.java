package org.centralino.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.centralino.core.version.ExpectedVersion;

/**
 * ETag and If-Match for resources with a version (optimistic concurrency, RFC 9110 §8.8.3 and §13.1.1). The ETag
 * of a resource is its version as a strong entity tag, {@code "7"}. A client sends it back in {@code If-Match} on
 * PATCH, PUT and DELETE; the use case compares it with the stored version under its write and the store repeats
 * the comparison in the UPDATE, so a stale change answers 412 {@code precondition_failed} (see {@link ErrorMapping})
 * and changes nothing. Without If-Match a change is accepted (lenient: scripts and old clients keep working).
 *
 * <p>Routes call {@link #etag(Context, long)} on every answer that shows one resource, and pass
 * {@link #ifMatch(Context)} to the use case (or call {@link #check} when the use case takes no expected version).
 */
final class Preconditions {
    static final String IF_MATCH = "If-Match";

    private Preconditions() {
    }

    /** Sets {@code ETag: "<version>"}. */
    static void etag(Context ctx, long version) {
        ctx.header("ETag", tag(version));
    }

    /**
     * Answers {@code body} as JSON with a strong ETag derived from its bytes, for a resource that has no version (a
     * live call, a call record, a file): the tag changes exactly when the representation does.
     */
    static void jsonWithContentEtag(Context ctx, Object body) {
        byte[] json = json(ctx, body);
        ctx.header("ETag", contentTag(json));
        ctx.contentType("application/json").result(json);
    }

    /** The ETag {@link #jsonWithContentEtag} gives {@code body}. */
    static String contentTag(Context ctx, Object body) {
        return contentTag(json(ctx, body));
    }

    private static byte[] json(Context ctx, Object body) {
        return ctx.jsonMapper().toJsonString(body, body.getClass()).getBytes(StandardCharsets.UTF_8);
    }

    private static String contentTag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * For a resource with a content ETag (no version): refuses with 412 {@code precondition_failed} when If-Match is
     * given and does not list {@code currentTag} (strong comparison); {@code null} when the resource does not exist,
     * which only an absent If-Match accepts (RFC 9110 §13.1.1: even {@code *} needs a current representation).
     */
    static void checkContent(Context ctx, String what, String currentTag) {
        var headers = ctx.req().getHeaders(IF_MATCH);
        if (headers == null || !headers.hasMoreElements()) {
            return;
        }
        StringBuilder all = new StringBuilder();
        headers.asIterator().forEachRemaining(h -> all.append(all.isEmpty() ? "" : ",").append(h));
        Set<String> tags = strongTags(all.toString());
        boolean matches = currentTag != null && (tags == null || tags.contains(currentTag));
        if (!matches) {
            throw new ApiException(412, "precondition_failed", what + (currentTag == null ? " does not exist"
                : " has changed since it was read") + "; read it again and repeat the change against its new ETag");
        }
    }

    static String tag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions the request's If-Match allows: {@link ExpectedVersion.Any} when absent or {@code *}; otherwise
     * the strong tags of ours it lists (weak tags never match: If-Match uses the strong comparison, §13.1.1).
     *
     * @throws ApiException 400 with field {@code If-Match} when the header is not a list of entity tags
     */
    static ExpectedVersion ifMatch(Context ctx) {
        var headers = ctx.req().getHeaders(IF_MATCH);
        if (headers == null || !headers.hasMoreElements()) {
            return ExpectedVersion.any();
        }
        StringBuilder all = new StringBuilder();
        headers.asIterator().forEachRemaining(h -> all.append(all.isEmpty() ? "" : ",").append(h));
        return parse(all.toString());
    }

    /** Parses an If-Match field value (several header lines joined with commas). */
    static ExpectedVersion parse(String value) {
        Set<String> tags = strongTags(value);
        if (tags == null) {
            return ExpectedVersion.any();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : tags) {
            String opaque = tag.substring(1, tag.length() - 1);
            if (opaque.matches("0|[1-9][0-9]{0,17}")) { // 0: settings never written (defaults)
                versions.add(Long.parseLong(opaque));
            }
        }
        return new ExpectedVersion.OneOf(versions);
    }

    /**
     * The strong entity tags of an If-Match value, quotes included; null for {@code *}. Weak tags are left out: they
     * never match (If-Match uses the strong comparison, §13.1.1).
     *
     * @throws ApiException 400 with field {@code If-Match} when the value is not a list of entity tags
     */
    private static Set<String> strongTags(String value) {
        String v = value.strip();
        if (v.equals("*")) {
            return null;
        }
        Set<String> tags = new HashSet<>();
        int i = 0;
        boolean any = false;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = v.startsWith("W/\"", i);
            int open = weak ? i + 2 : i;
            int close = open < v.length() && v.charAt(open) == '"' ? v.indexOf('"', open + 1) : -1;
            if (close < 0) {
                throw invalid(value);
            }
            if (!weak) {
                tags.add(v.substring(open, close + 1));
            }
            any = true;
            i = close + 1;
            if (i < v.length() && v.charAt(i) != ',' && v.charAt(i) != ' ' && v.charAt(i) != '\t') {
                throw invalid(value);
            }
        }
        if (!any) {
            throw invalid(value);
        }
        return tags;
    }

    /**
     * For a use case that takes no expected version: refuses with 412 when If-Match does not match
     * {@code current}. Only safe when the caller holds the resource's write lock until it has written.
     */
    static void check(Context ctx, String what, long current) {
        ifMatch(ctx).check(what, current);
    }

    private static ApiException invalid(String value) {
        return ApiException.field(400, "invalid_header", IF_MATCH, "must be * or a list of entity tags such as "
            + "\"3\" (quotes included), not " + JsonBody.shorten(value));
    }
}
