package org.centralino.core.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.cdr.CallDirection;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.CdrPage;
import org.centralino.core.cdr.CdrService;
import org.centralino.core.cdr.ExtensionCallsQuery;

/**
 * A user's call history (incoming, outgoing, missed; by number or name; by day) from the call records, with the
 * other party named as the viewer knows it. Who may see which extension's history is the caller's check.
 */
public final class CallHistoryService {
    private final CdrService cdr;
    private final CallerNames names;

    public CallHistoryService(CdrService cdr, CallerNames names) {
        this.cdr = Objects.requireNonNull(cdr, "cdr");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * One page of {@code req.extension()}'s calls for {@code viewer}.
     *
     * @throws org.centralino.core.validation.ValidationException naming every bad field (q, limit, extension)
     */
    public HistoryPage list(UserAccount viewer, HistoryRequest req) {
        Objects.requireNonNull(viewer, "viewer");
        Instant from = req.day() == null ? null : req.day().atStartOfDay(req.zone()).toInstant();
        // the next day's start, not from + 24 h: a day with a DST change has 23 or 25 hours
        Instant to = req.day() == null ? null : req.day().plusDays(1).atStartOfDay(req.zone()).toInstant();
        // an empty search box means no search
        String text = req.text() == null || req.text().isBlank() ? null : req.text().strip();
        Set<String> named = text == null ? Set.of()
            : names.numbersNamed(viewer, text, ExtensionCallsQuery.MAX_NAMED_NUMBERS);
        ExtensionCallsQuery q = new ExtensionCallsQuery(req.extension(), req.direction(), text, named, from, to,
            req.limit(), req.cursor());
        CdrPage page = cdr.history(q);
        return new HistoryPage(page.items().stream().map(r -> item(viewer, q, r)).toList(), page.next());
    }

    private HistoryItem item(UserAccount viewer, ExtensionCallsQuery q, CallRecord r) {
        boolean out = q.isOutgoing(r);
        boolean answered = q.answeredByIt(r);
        String other = q.otherParty(r);
        String name = names.nameOf(viewer, other).orElse(out ? null : r.callerName());
        return new HistoryItem(r.callId(), out ? CallDirection.OUT : CallDirection.IN, !out && !answered, other, name,
            r.startedAt(), answered, answered ? r.answeredAt() : null, r.durationSeconds(),
            answered ? r.billableSeconds() : 0, r.disposition());
    }
}
