package org.centralino.core.cdr;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CdrStore} in a map, with the ordering and filters the contract promises. */
final class InMemoryCdrStore implements CdrStore {
    static final Comparator<CallRecord> NEWEST_FIRST = Comparator.comparing(CallRecord::startedAt)
        .thenComparing(CallRecord::callId).reversed();

    private final Map<String, CallRecord> records = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(CallRecord r) {
        if (records.putIfAbsent(r.callId(), r) != null) {
            throw new DuplicateCallRecordException(r.callId());
        }
    }

    @Override
    public synchronized void saveAll(List<CallRecord> batch) {
        if (batch.stream().anyMatch(r -> records.containsKey(r.callId()))
            || batch.stream().map(CallRecord::callId).distinct().count() < batch.size()) {
            throw new DuplicateCallRecordException("one of " + batch.size() + " records");
        }
        batch.forEach(r -> records.put(r.callId(), r));
    }

    @Override
    public Optional<CallRecord> find(String callId) {
        return Optional.ofNullable(records.get(callId));
    }

    @Override
    public CdrPage query(CdrQuery q) {
        List<CallRecord> all = records.values().stream().filter(r -> matches(q, r)).sorted(NEWEST_FIRST).toList();
        if (all.size() <= q.limit()) {
            return new CdrPage(all, Optional.empty());
        }
        List<CallRecord> page = all.subList(0, q.limit());
        return new CdrPage(page, Optional.of(CdrCursor.after(page.getLast())));
    }

    @Override
    public CdrPage history(ExtensionCallsQuery q) {
        List<CallRecord> all = records.values().stream().filter(q::matches)
            .filter(r -> q.cursor() == null || NEWEST_FIRST.compare(r, new CdrCursorProbe(q.cursor()).record()) > 0)
            .sorted(NEWEST_FIRST).toList();
        if (all.size() <= q.limit()) {
            return new CdrPage(all, Optional.empty());
        }
        List<CallRecord> page = all.subList(0, q.limit());
        return new CdrPage(page, Optional.of(CdrCursor.after(page.getLast())));
    }

    private static boolean matches(CdrQuery q, CallRecord r) {
        return (q.from() == null || !r.startedAt().isBefore(q.from()))
            && (q.to() == null || r.startedAt().isBefore(q.to()))
            && (q.disposition() == null || r.disposition() == q.disposition())
            && (q.extension() == null || q.extension().equals(r.callerNumber())
                || q.extension().equals(r.calledNumber()) || q.extension().equals(r.answeredBy()))
            && (q.cursor() == null || NEWEST_FIRST.compare(r, new CdrCursorProbe(q.cursor()).record()) > 0);
    }

    /** A record standing at the cursor's position, to compare with the same comparator. */
    private record CdrCursorProbe(CdrCursor c) {
        CallRecord record() {
            return new CallRecord(c.callId(), "0", null, "0", null, c.startedAt(), null, c.startedAt(),
                Disposition.FAILED, new HangupCause(500, "", null), HangupSide.SYSTEM);
        }
    }
}
