package org.centralino.core.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.centralino.core.cdr.CallDirection;
import org.centralino.core.cdr.CdrCursor;

/**
 * What a user asks of a call history; checked when the service builds the records query.
 *
 * @param direction which calls, or null for all
 * @param text      a number or name to search for, or null
 * @param day       only calls started on this day in {@code zone}, or null
 * @param zone      the user's time zone, for {@code day}
 * @param cursor    where the previous page ended, or null
 */
public record HistoryRequest(String extension, CallDirection direction, String text, LocalDate day, ZoneId zone,
                             int limit, CdrCursor cursor) {
    public HistoryRequest {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(zone, "zone");
    }
}
