package org.centralino.web;

import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.HangupCause;

/**
 * A call record as the API shows it: every field, instants in ISO-8601 UTC, nulls included. {@code callerQuality}
 * and {@code calleeQuality} are the media quality of the caller's leg and of the answering callee's (null for a
 * leg without media), {@code transcoded} whether the PBX transcoded between them.
 */
record CallRecordJson(
    String callId,
    String callerNumber,
    String callerName,
    String calledNumber,
    String answeredBy,
    String startedAt,
    String answeredAt,
    String endedAt,
    long durationSeconds,
    long billableSeconds,
    String disposition,
    HangupCauseJson hangupCause,
    String hangupSide,
    LegQualityJson callerQuality,
    LegQualityJson calleeQuality,
    boolean transcoded) {

    record HangupCauseJson(int sipStatus, String reason, String q850) {
        static HangupCauseJson of(HangupCause c) {
            return new HangupCauseJson(c.sipStatus(), c.reason(), c.q850());
        }
    }

    static CallRecordJson of(CallRecord r) {
        return new CallRecordJson(r.callId(), r.callerNumber(), r.callerName(), r.calledNumber(), r.answeredBy(),
            r.startedAt().toString(), r.answeredAt() == null ? null : r.answeredAt().toString(),
            r.endedAt().toString(), r.durationSeconds(), r.billableSeconds(), r.disposition().name(),
            HangupCauseJson.of(r.hangupCause()), r.hangupSide().name(), LegQualityJson.of(r.quality().caller()),
            LegQualityJson.of(r.quality().callee()), r.quality().transcoded());
    }
}
