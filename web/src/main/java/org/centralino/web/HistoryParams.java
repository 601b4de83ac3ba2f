package org.centralino.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.cdr.CallDirection;
import org.centralino.core.cdr.CdrCursor;

/**
 * The query string of {@code GET /api/v1/me/calls}. A parameter that cannot be read (unknown, repeated, not a
 * direction, not a date, a limit outside 1 to 500, not a cursor of ours) is 400 naming it, all of them together;
 * values that read fine but break a rule (a bad search text) are the use case's 422.
 */
record HistoryParams(String extension, CallDirection direction, String text, LocalDate day, int limit,
                     CdrCursor cursor) {
    static final Set<String> KNOWN = Set.of("extension", "direction", "q", "day", "limit", "cursor");

    /** @throws ApiException 400 naming every unreadable parameter */
    static HistoryParams parse(Map<String, List<String>> params) {
        QueryParams p = new QueryParams(params, KNOWN);
        HistoryParams out = new HistoryParams(p.string("extension"), direction(p), p.string("q"), day(p), p.limit(),
            CdrParams.cursor(p));
        p.done();
        return out;
    }

    private static CallDirection direction(QueryParams p) {
        String v = p.string("direction");
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "in" -> CallDirection.IN;
            case "out" -> CallDirection.OUT;
            case "missed" -> CallDirection.MISSED;
            default -> {
                p.invalid("direction", "must be in, out or missed, not '" + JsonBody.shorten(v) + "'");
                yield null;
            }
        };
    }

    private static LocalDate day(QueryParams p) {
        String v = p.string("day");
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            p.invalid("day", "must be a date such as 2026-11-22 (YYYY-MM-DD), not '" + JsonBody.shorten(v) + "'");
            return null;
        }
    }
}
