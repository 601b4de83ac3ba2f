package org.centralino.core.call;

import java.time.Duration;

/** What the call machine asks the B2BUA to do after a transition. */
public sealed interface CallAction {

    /** Send an INVITE on a new fork towards {@code target}. */
    record Invite(LegId fork, String target) implements CallAction {
    }

    /**
     * Send a 1xx ({@link CallStatus#RINGING} or {@link CallStatus#SESSION_PROGRESS}) to the caller; a 183
     * carries {@code from}'s early media.
     */
    record SendProvisional(LegId caller, int status, LegId from) implements CallAction {
    }

    /** Answer the caller (2xx) with the session of {@code winner}. */
    record Answer(LegId caller, LegId winner) implements CallAction {
    }

    /** Send the caller a final error status. */
    record Reject(LegId caller, int status) implements CallAction {
    }

    /** Acknowledge a fork's 2xx (ACK, RFC 3261 §13.2.2.4). */
    record Acknowledge(LegId fork) implements CallAction {
    }

    /** CANCEL a fork's INVITE (RFC 3261 §9.1). */
    record Cancel(LegId fork) implements CallAction {
    }

    /** End an answered leg (BYE). */
    record HangUp(LegId leg) implements CallAction {
    }

    /** Relay a new offer (re-INVITE/UPDATE) from one leg to the other, SDP rewritten. */
    record RelayOffer(LegId from, LegId to) implements CallAction {
    }

    /**
     * A hand-over succeeded: {@code callee} answered and now talks with {@code caller} in place of
     * {@code replaced} (whose leg is hung up by a separate {@link HangUp}): connect their media.
     */
    record Reconnect(LegId caller, LegId callee, LegId replaced) implements CallAction {
    }

    /** A hand-over failed (nobody answered, all busy): {@code by} keeps the caller and learns {@code status}. */
    record RedirectFailed(LegId by, int status) implements CallAction {
    }

    record StartRingTimer(Duration after) implements CallAction {
    }

    record StopRingTimer() implements CallAction {
    }

    /** Publish this event on the event bus. */
    record Publish(CallEvent event) implements CallAction {
    }
}
