package org.centralino.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    private CdrParams() {
    }

    /** @throws ApiException 400 naming every unreadable parameter */
    static CdrQuery parse(Map<String, List<String>> params) {
        QueryParams p = new QueryParams(params, KNOWN);
        CdrQuery query = new CdrQuery(instant(p, "from"), instant(p, "to"), p.string("extension"), disposition(p),
            p.limit(), cursor(p));
        p.done();
        return query;
    }

    /** ISO-8601 with an offset: 2026-11-01T00:00:00Z or 2026-11-01T01:00:00+01:00. */
    private static Instant instant(QueryParams p, String name) {
        String v = p.string(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            String hint = v.contains(" ") ? " (a + in a query string reads as a space: encode it as %2B)" : "";
            p.invalid(name, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z, not '"
                + JsonBody.shorten(v) + "'" + hint);
            return null;
        }
    }

    private static Disposition disposition(QueryParams p) {
        String v = p.string("disposition");
        if (v == null) {
            return null;
        }
        try {
            return Disposition.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.invalid("disposition", "must be one of " + String.join(", ", dispositions()) + ", not '"
                + JsonBody.shorten(v) + "'");
            return null;
        }
    }

    /** A cursor of the call records (this list and {@code /me/calls} page the same records). */
    static CdrCursor cursor(QueryParams p) {
        String v = p.string("cursor");
        if (v == null) {
            return null;
        }
        CdrCursor c = CdrCursor.decode(v).orElse(null);
        if (c == null) {
            p.invalid("cursor", "is not a cursor this list gave out; pass the nextCursor of the previous page "
                + "unchanged, or leave it out for the first page");
        }
        return c;
    }

    private static List<String> dispositions() {
        return Arrays.stream(Disposition.values()).map(Enum::name).toList();
    }
}
