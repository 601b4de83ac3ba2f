package org.centralino.core.call;

/**
 * The SIP status codes the call model decides (RFC 3261 §21). Plain ints so the model names no SIP type; the
 * B2BUA turns them into responses.
 */
public final class CallStatus {
    public static final int RINGING = 180;
    /** Session Progress: sent instead of 180 when a fork gives early media (RFC 3261 §21.1.5). */
    public static final int SESSION_PROGRESS = 183;
    public static final int OK = 200;
    public static final int NOT_FOUND = 404;
    /**
     * Temporarily Unavailable: "the callee's end system was contacted successfully but the callee is currently
     * unavailable (for example, ... did not answer)" (§21.4.18). Used for not registered, unreachable, and no
     * answer within the ring timeout. 408 is not used for no-answer: it means a request got no response in time
     * (§21.4.9), which phones show as a network error, and within a dialog it ends the dialog (§12.2.1.2).
     */
    public static final int TEMPORARILY_UNAVAILABLE = 480;
    /** RFC 3261 §21.4.27: a request of the same kind is still being worked on. */
    public static final int REQUEST_PENDING = 491;
    public static final int BUSY_HERE = 486;
    /** Not Acceptable Here: no codec in common (RFC 3261 §21.4.26, RFC 3264 §6). */
    public static final int NOT_ACCEPTABLE_HERE = 488;
    /** Request Terminated: the answer to an INVITE its sender cancelled (§9.2). */
    public static final int REQUEST_TERMINATED = 487;

    private CallStatus() {
    }
}
