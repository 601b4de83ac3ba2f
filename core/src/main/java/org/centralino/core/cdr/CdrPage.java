package org.centralino.core.cdr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of call records, newest first.
 *
 * @param next where the following page starts; empty on the last page
 */
public record CdrPage(List<CallRecord> items, Optional<CdrCursor> next) {
    public CdrPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
