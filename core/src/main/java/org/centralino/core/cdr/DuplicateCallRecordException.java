package org.centralino.core.cdr;

/** A call record with this call id exists already: a call is recorded once. */
public final class DuplicateCallRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String callId;

    public DuplicateCallRecordException(String callId) {
        super("call " + callId + " is already recorded; a call is recorded once");
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }
}
