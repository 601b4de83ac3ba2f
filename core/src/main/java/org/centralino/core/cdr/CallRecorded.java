package org.centralino.core.cdr;

import java.util.Objects;

/** Published on the event bus after a call record is committed (for reports, webhooks, the CTI stream). */
public record CallRecorded(CallRecord record) {
    public CallRecorded {
        Objects.requireNonNull(record, "record");
    }
}
