package org.centralino.core.cdr;

/**
 * Why a call ended: the SIP final status that ended it (RFC 3261 §21) with its reason phrase, and
 * optionally the ISDN Q.850 cause name a carrier or a report expects (RFC 3326 maps between them). A call
 * ended by BYE after an answer carries 200 with cause NORMAL_CLEARING (Q.850 cause 16).
 *
 * @param sipStatus 100 to 699
 * @param reason    the reason phrase; network text, so cleaned and cut to {@value #REASON_MAX} characters
 * @param q850      e.g. USER_BUSY; null when unknown; cut to {@value #Q850_MAX} characters
 */
public record HangupCause(int sipStatus, String reason, String q850) {
    public static final int REASON_MAX = 255;
    public static final int Q850_MAX = 64;

    public HangupCause {
        if (sipStatus < 100 || sipStatus > 699) {
            throw new IllegalArgumentException("SIP status " + sipStatus + " is not a status code (100 to 699)");
        }
        reason = reason == null ? "" : CdrText.clean(reason, REASON_MAX);
        q850 = CdrText.clean(q850, Q850_MAX);
    }

    /** BYE after an answer. */
    public static HangupCause normalClearing() {
        return new HangupCause(200, "OK", "NORMAL_CLEARING");
    }

    public static HangupCause busy() {
        return new HangupCause(486, "Busy Here", "USER_BUSY");
    }

    /** The caller cancelled while ringing (RFC 3261 §9.2: 487 answers the INVITE). */
    public static HangupCause cancelled() {
        return new HangupCause(487, "Request Terminated", "ORIGINATOR_CANCEL");
    }

    public static HangupCause noAnswer() {
        return new HangupCause(480, "Temporarily Unavailable", "NO_ANSWER");
    }

    public static HangupCause notFound() {
        return new HangupCause(404, "Not Found", "UNALLOCATED_NUMBER");
    }
}
