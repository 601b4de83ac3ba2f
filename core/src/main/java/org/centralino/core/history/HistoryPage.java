package org.centralino.core.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.cdr.CdrCursor;

/** One page of a call history, newest first; {@code next} is empty on the last page. */
public record HistoryPage(List<HistoryItem> items, Optional<CdrCursor> next) {
    public HistoryPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
