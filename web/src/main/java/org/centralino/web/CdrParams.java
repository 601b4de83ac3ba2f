package org.centralino.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.centralino.core.cdr.CdrCursor;
import org.centralino.core.cdr.CdrQuery;
import org.centralino.core.cdr.Disposition;

/**
 * The query string of {@code GET /api/v1/cdr} turned into a {@link CdrQuery}. A parameter that cannot be
 * read (not an instant, not a disposition, not an integer, not a cursor of ours, repeated, unknown) is a
 * 400 naming it; all of them are reported together (with {@code field} set when it is one). The limit follows the
 * paging convention of every list ({@link Paging}): 1 to 500, default 100. Values that read fine but break a rule
 * (from not before to, a malformed number) are the use case's 422 ({@link CdrQuery}).
 */
final class CdrParams {
    static final Set<String> KNOWN = Set.of("from", "to", "extension", "disposition", "limit", "cursor");

    private final Map<String, List<String>> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private CdrParams(Map<String, List<String>> params) {
        this.params = params;
    }

    /** @throws ApiException 400 naming every unreadable parameter */
    static CdrQuery parse(Map<String, List<String>> params) {
        return new CdrParams(params).query();
    }

    private CdrQuery query() {
        refuseUnknown();
        Instant from = instant("from");
        Instant to = instant("to");
        String extension = single("extension");
        Disposition disposition = disposition();
        Integer limit = limit();
        CdrCursor cursor = cursor();
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("invalid query parameters: ");
            errors.forEach((p, reason) -> sb.append(p).append(' ').append(reason).append("; "));
            sb.setLength(sb.length() - 2);
            throw new ApiException(400, "invalid_parameter", sb.toString(), errors);
        }
        return new CdrQuery(from, to, extension, disposition, limit == null ? Paging.DEFAULT_LIMIT : limit, cursor);
    }

    /** A misspelt filter ("dispositon") must not silently widen the search to every call. */
    private void refuseUnknown() {
        Set<String> unknown = new TreeSet<>();
        params.keySet().stream().filter(p -> !KNOWN.contains(p)).forEach(p -> unknown.add(JsonBody.shorten(p)));
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        unknown.forEach(p -> fields.put(p, "is not a known parameter"));
        throw new ApiException(400, "unknown_parameter", "unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
            + String.join(", ", unknown) + "; allowed: " + String.join(", ", new TreeSet<>(KNOWN)), fields);
    }

    /** The one value of {@code name}, or null when absent; a repeated parameter is an error. */
    private String single(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.put(name, "is given " + values.size() + " times; give it once");
            return null;
        }
        return values.getFirst();
    }

    /** ISO-8601 with an offset: 2026-11-01T00:00:00Z or 2026-11-01T01:00:00+01:00. */
    private Instant instant(String name) {
        String v = single(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            String hint = v.contains(" ") ? " (a + in a query string reads as a space: encode it as %2B)" : "";
            errors.put(name, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z, not '"
                + JsonBody.shorten(v) + "'" + hint);
            return null;
        }
    }

    private Disposition disposition() {
        String v = single("disposition");
        if (v == null) {
            return null;
        }
        try {
            return Disposition.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("disposition", "must be one of " + String.join(", ", dispositions()) + ", not '"
                + JsonBody.shorten(v) + "'");
            return null;
        }
    }

    /** The paging convention of every list ({@link Paging#limit}): 1 to 500, else 400 naming limit. */
    private Integer limit() {
        String v = single("limit");
        if (v == null) {
            return null;
        }
        try {
            return Paging.limit(v);
        } catch (ApiException e) {
            errors.put("limit", "must be an integer from 1 to " + Paging.MAX_LIMIT + ", not '" + JsonBody.shorten(v)
                + "'");
            return null;
        }
    }

    private CdrCursor cursor() {
        String v = single("cursor");
        if (v == null) {
            return null;
        }
        CdrCursor c = CdrCursor.decode(v).orElse(null);
        if (c == null) {
            errors.put("cursor", "is not a cursor this list gave out; pass the nextCursor of the previous page "
                + "unchanged, or leave it out for the first page");
        }
        return c;
    }

    private static List<String> dispositions() {
        return Arrays.stream(Disposition.values()).map(Enum::name).toList();
    }
}
