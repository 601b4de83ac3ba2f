package org.centralino.core.cdr;

import java.util.Optional;

/** Where call records live. Implementations are durable: a method that returns has committed its write. */
public interface CdrStore {
    /** Stores a new record; throws {@link DuplicateCallRecordException} when its call id is taken. */
    void save(CallRecord record);

    /**
     * Stores new records in one transaction: all or none. Throws {@link DuplicateCallRecordException} when
     * any call id is taken (then none is stored).
     */
    void saveAll(java.util.List<CallRecord> records);

    Optional<CallRecord> find(String callId);

    /**
     * The records matching {@code query}, newest first (start time descending, then call id descending),
     * at most {@code query.limit()} of them, after {@code query.cursor()} when it is set. {@code next} is
     * set exactly when more records match.
     */
    CdrPage query(CdrQuery query);

    /**
     * The records of one extension that {@code query} {@link ExtensionCallsQuery#matches matches}, ordered and
     * paged as {@link #query}: newest first, at most {@code query.limit()}, after {@code query.cursor()}.
     */
    CdrPage history(ExtensionCallsQuery query);
}
