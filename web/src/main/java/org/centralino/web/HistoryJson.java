package org.centralino.web;

import java.util.List;
import java.util.Locale;
import org.centralino.core.cdr.CdrCursor;
import org.centralino.core.history.HistoryItem;
import org.centralino.core.history.HistoryPage;

/** A page of a call history: {@code {items, nextCursor}}, nextCursor null on the last page. */
record HistoryJson(List<Item> items, String nextCursor) {

    /**
     * One call from the extension's side; instants in ISO-8601 UTC. {@code direction} is {@code in} or {@code out};
     * {@code answeredAt} and {@code talkSeconds} are the extension's own (null and 0 for a call it missed).
     */
    record Item(String id, String direction, boolean missed, String otherNumber, String otherName, String startedAt,
                boolean answered, String answeredAt, long durationSeconds, long talkSeconds, String disposition) {
        static Item of(HistoryItem i) {
            return new Item(i.id(), i.direction().name().toLowerCase(Locale.ROOT), i.missed(), i.otherNumber(),
                i.otherName(), i.startedAt().toString(), i.answered(),
                i.answeredAt() == null ? null : i.answeredAt().toString(), i.durationSeconds(), i.talkSeconds(),
                i.disposition().name());
        }
    }

    static HistoryJson of(HistoryPage page) {
        return new HistoryJson(page.items().stream().map(Item::of).toList(),
            page.next().map(CdrCursor::encode).orElse(null));
    }
}
