package org.centralino.core.cdr;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.validation.Violations;

/**
 * A search of call records, newest first (start time descending, then call id descending). Every
 * filter is optional; they combine with AND. A query that breaks a rule cannot be built: the constructor
 * throws {@link ValidationException} naming every bad field with the API's parameter names.
 *
 * @param from        only calls started at or after this instant (inclusive), or null
 * @param to          only calls started before this instant (exclusive), or null; after {@code from}
 * @param extension   only calls where this number is the caller, the number dialled or the extension that
 *                    answered, or null
 * @param disposition only calls that ended so, or null
 * @param limit       page size, {@value #MIN_LIMIT} to {@value #MAX_LIMIT}
 * @param cursor      where the previous page ended, or null for the first page
 */
public record CdrQuery(Instant from, Instant to, String extension, Disposition disposition, int limit,
                       CdrCursor cursor) {
    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;
    /** A number as phones and trunks send it: digits with an optional leading +, and * or # for codes. */
    static final Pattern EXTENSION = Pattern.compile("\\+?[0-9*#]{1," + CallRecord.NUMBER_MAX + "}");

    public CdrQuery {
        Violations bad = new Violations();
        if (from != null && to != null && !from.isBefore(to)) {
            bad.add("to", "must be after from (" + from + "); to is exclusive");
        }
        if (extension != null && !EXTENSION.matcher(extension).matches()) {
            bad.add("extension", "must be 1 to " + CallRecord.NUMBER_MAX
                + " digits, optionally with a leading + or the characters * and #");
        }
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            bad.add("limit", "must be from " + MIN_LIMIT + " to " + MAX_LIMIT + ", not " + limit);
        }
        bad.throwIfAny();
        // the database keeps milliseconds: a bound with nanoseconds would match differently after a round trip
        from = from == null ? null : ceilMillis(from);
        to = to == null ? null : ceilMillis(to);
    }

    /** The first page of every call record, {@value #DEFAULT_LIMIT} per page. */
    public static CdrQuery all() {
        return new CdrQuery(null, null, null, null, DEFAULT_LIMIT, null);
    }

    /** The same query positioned after {@code next}: the following page. */
    public CdrQuery after(CdrCursor next) {
        return new CdrQuery(from, to, extension, disposition, limit, next);
    }

    private static Instant ceilMillis(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.MILLIS);
        return floor.equals(t) ? t : floor.plusMillis(1);
    }
}
