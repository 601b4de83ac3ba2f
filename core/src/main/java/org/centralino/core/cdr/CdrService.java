package org.centralino.core.cdr;

import java.util.Objects;
import java.util.Optional;
import org.centralino.core.event.EventBus;
import org.centralino.core.validation.ValidationException;

/**
 * The use cases on call records: the B2BUA records each call once when it ends ({@link #record}); the
 * API reads them ({@link #find}, {@link #query}). Queries are validated when they are built
 * ({@link CdrQuery}), so an invalid one never reaches the store.
 */
public final class CdrService {
    private final CdrStore store;
    private final EventBus events;

    public CdrService(CdrStore store, EventBus events) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Stores the record of an ended call, then publishes {@link CallRecorded}. Called by the B2BUA once
     * per call, when its last leg is gone. Storing is a database write: a caller on a call's serial lane
     * should hand it to a virtual thread rather than block the lane.
     *
     * @throws DuplicateCallRecordException when the call is recorded already
     */
    public void record(CallRecord record) {
        Objects.requireNonNull(record, "record");
        store.save(record);
        events.publish(new CallRecorded(record));
    }

    /**
     * Stores several records in one transaction (a group commit: one disk sync for all), then publishes
     * {@link CallRecorded} for each. When one of them is a duplicate, the others are stored one by one and the
     * duplicates are skipped; returns how many were stored.
     */
    public int recordAll(java.util.List<CallRecord> records) {
        try {
            store.saveAll(records);
        } catch (DuplicateCallRecordException e) {
            int stored = 0;
            for (CallRecord r : records) {
                try {
                    record(r);
                    stored++;
                } catch (DuplicateCallRecordException dup) {
                    // recorded already: a record is written once
                }
            }
            return stored;
        }
        records.forEach(r -> events.publish(new CallRecorded(r)));
        return records.size();
    }

    public Optional<CallRecord> find(String callId) {
        return store.find(Objects.requireNonNull(callId, "callId"));
    }

    /**
     * One page of records matching {@code query}. Build the query with {@link CdrQuery}'s constructor,
     * which throws {@link ValidationException} naming every bad field.
     */
    public CdrPage query(CdrQuery query) {
        return store.query(Objects.requireNonNull(query, "query"));
    }

    /** One page of the call records of one extension (a user's call history), newest first. */
    public CdrPage history(ExtensionCallsQuery query) {
        return store.history(Objects.requireNonNull(query, "query"));
    }
}
