package org.centralino.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    /** The API's default page size (issue 5 conventions). */
    static final int DEFAULT_LIMIT = 100;

    /** @throws ApiException 400 naming every unreadable parameter */
    static HistoryParams parse(Map<String, List<String>> params) {
        refuseUnknown(params);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> one = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                errors.put(name, "is given " + values.size() + " times; give it once");
            } else if (!values.isEmpty()) {
                one.put(name, values.getFirst());
            }
        });
        CallDirection direction = direction(one.get("direction"), errors);
        LocalDate day = day(one.get("day"), errors);
        Integer limit = limit(one.get("limit"), errors);
        CdrCursor cursor = cursor(one.get("cursor"), errors);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("invalid query parameters: ");
            errors.forEach((p, reason) -> sb.append(p).append(' ').append(reason).append("; "));
            sb.setLength(sb.length() - 2);
            throw new ApiException(400, "invalid_parameter", sb.toString(), errors);
        }
        return new HistoryParams(one.get("extension"), direction, one.get("q"), day,
            limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    /** A misspelt filter ("directon") must not silently widen the list to every call. */
    private static void refuseUnknown(Map<String, List<String>> params) {
        Set<String> unknown = new TreeSet<>();
        params.keySet().stream().filter(p -> !KNOWN.contains(p)).forEach(p -> unknown.add(JsonBody.shorten(p)));
        if (!unknown.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            unknown.forEach(p -> fields.put(p, "is not a known parameter"));
            throw new ApiException(400, "unknown_parameter", "unknown query parameter" + (unknown.size() > 1 ? "s "
                : " ") + String.join(", ", unknown) + "; allowed: " + String.join(", ", new TreeSet<>(KNOWN)), fields);
        }
    }

    private static CallDirection direction(String v, Map<String, String> errors) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "in" -> CallDirection.IN;
            case "out" -> CallDirection.OUT;
            case "missed" -> CallDirection.MISSED;
            default -> {
                errors.put("direction", "must be in, out or missed, not '" + JsonBody.shorten(v) + "'");
                yield null;
            }
        };
    }

    private static LocalDate day(String v, Map<String, String> errors) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put("day", "must be a date such as 2026-11-22 (YYYY-MM-DD), not '" + JsonBody.shorten(v) + "'");
            return null;
        }
    }

    /** The paging convention of every list ({@link Paging#limit}): 1 to 500, else 400 naming limit. */
    private static Integer limit(String v, Map<String, String> errors) {
        if (v == null) {
            return null;
        }
        try {
            return Paging.limit(v);
        } catch (ApiException e) {
            errors.put("limit", "must be an integer from 1 to 500, not '" + JsonBody.shorten(v) + "'");
            return null;
        }
    }

    private static CdrCursor cursor(String v, Map<String, String> errors) {
        if (v == null) {
            return null;
        }
        CdrCursor c = CdrCursor.decode(v).orElse(null);
        if (c == null) {
            errors.put("cursor", "is not a cursor this server gave out; pass the nextCursor of the previous page "
                + "unchanged, or leave it out for the first page");
        }
        return c;
    }
}
