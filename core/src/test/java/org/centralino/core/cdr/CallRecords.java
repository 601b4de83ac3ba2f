package org.centralino.core.cdr;

import java.time.Instant;

/** Call records for tests. */
final class CallRecords {
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private CallRecords() {
    }

    static CallRecord answered(String id, String caller, String callee, Instant start) {
        return new CallRecord(id, caller, "Caller " + caller, callee, callee, start, start.plusSeconds(5),
            start.plusSeconds(65), Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLEE);
    }

    static CallRecord busy(String id, String caller, String callee, Instant start) {
        return new CallRecord(id, caller, null, callee, null, start, null, start.plusSeconds(2), Disposition.BUSY,
            HangupCause.busy(), HangupSide.CALLEE);
    }
}
