package org.centralino.sip.dialog;

import java.util.List;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipUri;

/**
 * What can happen to a dialog, already reduced to the values the transition needs. {@code initial} means the
 * event concerns the dialog-creating request (the INVITE) rather than a request sent within the dialog;
 * {@code contact} is the message's first Contact URI, or null.
 */
public sealed interface DialogEvent {

    /** A 101-199 response with our dialog's To tag arrived (UAC). */
    record ProvisionalReceived(SipUri contact) implements DialogEvent {
    }

    /**
     * A 2xx arrived (UAC). {@code targetRefresh}: it answers a target refresh request (INVITE, UPDATE,
     * SUBSCRIBE, NOTIFY); {@code recordRoute}: its Record-Route entries in message order.
     */
    record SuccessReceived(boolean initial, boolean targetRefresh, SipUri contact, List<NameAddr> recordRoute)
        implements DialogEvent {
        public SuccessReceived {
            recordRoute = List.copyOf(recordRoute);
        }
    }

    /** A final response of 300-699 arrived (UAC). */
    record FailureReceived(int status, boolean initial) implements DialogEvent {
    }

    /** We sent a 2xx (UAS). */
    record SuccessSent(boolean initial) implements DialogEvent {
    }

    /** We sent a final response of 300-699 (UAS). */
    record FailureSent(int status, boolean initial) implements DialogEvent {
    }

    /** The peer sent BYE (RFC 3261 §15.1.2). */
    record ByeReceived() implements DialogEvent {
    }

    /** We sent BYE: the dialog is over for us at once (RFC 3261 §15.1.1). */
    record ByeSent() implements DialogEvent {
    }

    /** A transaction of the dialog timed out: same as a 408 (RFC 3261 §12.2.1.2). */
    record TransactionTimeout(boolean initial) implements DialogEvent {
    }

    /** Our 2xx to the INVITE was never acknowledged (RFC 3261 §13.3.1.4): the caller should send BYE. */
    record AckTimeout() implements DialogEvent {
    }
}
