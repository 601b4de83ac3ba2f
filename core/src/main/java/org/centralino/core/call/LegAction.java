package org.centralino.core.call;

/** What a leg's own transition asks for, beyond what the call decides. */
public sealed interface LegAction {
    /** Acknowledge a 2xx the leg sent (the ACK of RFC 3261 §13.2.2.4). */
    record AcceptAnswer() implements LegAction {
    }

    /** End the leg's dialog (BYE). */
    record HangUp() implements LegAction {
    }
}
