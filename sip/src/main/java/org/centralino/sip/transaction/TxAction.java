package org.centralino.sip.transaction;

import java.time.Duration;
import org.centralino.sip.message.SipMessage;

/** What a transaction state machine asks its runtime to do after a transition. */
public sealed interface TxAction {
    /** Send this message to the transaction's peer. */
    record Send(SipMessage message) implements TxAction {
    }

    /** Hand this message to the transaction user. */
    record PassUp(SipMessage message) implements TxAction {
    }

    record StartTimer(TimerId timer, Duration after) implements TxAction {
    }

    /** Tell the transaction user the transaction timed out (timer B, F or H fired). */
    record NotifyTimeout() implements TxAction {
    }

    /** Tell the transaction user the transport failed to deliver. */
    record NotifyTransportError() implements TxAction {
    }

    /** Remove the transaction; it absorbs nothing more. */
    record Terminate() implements TxAction {
    }
}
