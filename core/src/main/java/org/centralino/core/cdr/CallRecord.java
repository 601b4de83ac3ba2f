package org.centralino.core.cdr;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One record per call (issue 3, "Call records"): who called whom, when, how it ended. Instants are cut to
 * milliseconds, what the database keeps, so a record reads back equal. Numbers and names come from the
 * network and are cleaned rather than refused (see {@link CdrText}): a call must always be recorded.
 *
 * @param callId       unique id of the call (the PBX's, not a leg's SIP Call-ID); 1 to {@value #CALL_ID_MAX}
 *                     printable characters
 * @param callerNumber the caller's number (extension or external number)
 * @param callerName   the caller's display name, or null
 * @param calledNumber the number as dialled
 * @param answeredBy   the extension that answered, or null when nobody did
 * @param startedAt    when the INVITE arrived
 * @param answeredAt   when the call was answered; non-null exactly when the disposition is ANSWERED
 * @param endedAt      when the call ended; not before {@code startedAt} nor {@code answeredAt}
 * @param quality      the media quality of the caller's and the answering callee's legs (issue 4, "Quality");
 *                     {@link CallQuality#NONE} for a call without media; a callee leg only when answered
 */
public record CallRecord(
    String callId,
    String callerNumber,
    String callerName,
    String calledNumber,
    String answeredBy,
    Instant startedAt,
    Instant answeredAt,
    Instant endedAt,
    Disposition disposition,
    HangupCause hangupCause,
    HangupSide hangupSide,
    CallQuality quality) {

    public static final int CALL_ID_MAX = 255;
    public static final int NUMBER_MAX = 64;
    public static final int NAME_MAX = 255;

    public CallRecord {
        Objects.requireNonNull(callId, "callId");
        if (callId.isBlank() || callId.length() > CALL_ID_MAX || !CdrText.clean(callId, CALL_ID_MAX).equals(callId)) {
            throw new IllegalArgumentException("call id must be 1 to " + CALL_ID_MAX
                + " characters without control characters, not '" + CdrText.clean(callId, 80) + "'");
        }
        callerNumber = CdrText.clean(Objects.requireNonNull(callerNumber, "callerNumber"), NUMBER_MAX);
        callerName = CdrText.clean(callerName, NAME_MAX);
        calledNumber = CdrText.clean(Objects.requireNonNull(calledNumber, "calledNumber"), NUMBER_MAX);
        answeredBy = CdrText.clean(answeredBy, NUMBER_MAX);
        startedAt = Objects.requireNonNull(startedAt, "startedAt").truncatedTo(ChronoUnit.MILLIS);
        answeredAt = answeredAt == null ? null : answeredAt.truncatedTo(ChronoUnit.MILLIS);
        endedAt = Objects.requireNonNull(endedAt, "endedAt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(hangupCause, "hangupCause");
        Objects.requireNonNull(hangupSide, "hangupSide");
        checkTimes(callId, startedAt, answeredAt, endedAt);
        checkAnswer(callId, disposition, answeredAt, answeredBy);
        Objects.requireNonNull(quality, "quality (CallQuality.NONE for a call without media)");
        if (quality.callee() != null && answeredAt == null) {
            throw new IllegalArgumentException("call " + callId + " was not answered but has a callee leg's quality");
        }
    }

    /** A record without media quality (a call that had no media, or a record made before issue 4). */
    public CallRecord(String callId, String callerNumber, String callerName, String calledNumber, String answeredBy,
                      Instant startedAt, Instant answeredAt, Instant endedAt, Disposition disposition,
                      HangupCause hangupCause, HangupSide hangupSide) {
        this(callId, callerNumber, callerName, calledNumber, answeredBy, startedAt, answeredAt, endedAt, disposition,
            hangupCause, hangupSide, CallQuality.NONE);
    }

    /** This record with the media quality measured when the call's media closed. */
    public CallRecord withQuality(CallQuality measured) {
        return new CallRecord(callId, callerNumber, callerName, calledNumber, answeredBy, startedAt, answeredAt,
            endedAt, disposition, hangupCause, hangupSide, measured);
    }

    /** Whole seconds from start to end (truncated, as Asterisk's duration). */
    public long durationSeconds() {
        return Duration.between(startedAt, endedAt).toSeconds();
    }

    /** Whole seconds from answer to end, 0 when unanswered: what a carrier bills. */
    public long billableSeconds() {
        return answeredAt == null ? 0 : Duration.between(answeredAt, endedAt).toSeconds();
    }

    private static void checkTimes(String id, Instant start, Instant answer, Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("call " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
        if (answer != null && (answer.isBefore(start) || answer.isAfter(end))) {
            throw new IllegalArgumentException("call " + id + " is answered at " + answer
                + ", outside its start " + start + " and end " + end);
        }
    }

    private static void checkAnswer(String id, Disposition d, Instant answer, String answeredBy) {
        if ((d == Disposition.ANSWERED) != (answer != null)) {
            throw new IllegalArgumentException("call " + id + " is " + d + " but "
                + (answer == null ? "has no answer time" : "has an answer time"));
        }
        if (answer == null && answeredBy != null) {
            throw new IllegalArgumentException("call " + id + " was not answered but names " + answeredBy
                + " as the extension that answered");
        }
    }
}
