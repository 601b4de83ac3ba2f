package org.centralino.sip.dialog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.centralino.sip.dialog.DialogEffect.RefreshTarget;
import org.centralino.sip.dialog.DialogEffect.ReplaceRouteSet;
import org.centralino.sip.dialog.DialogEvent.AckTimeout;
import org.centralino.sip.dialog.DialogEvent.ByeReceived;
import org.centralino.sip.dialog.DialogEvent.ByeSent;
import org.centralino.sip.dialog.DialogEvent.FailureReceived;
import org.centralino.sip.dialog.DialogEvent.FailureSent;
import org.centralino.sip.dialog.DialogEvent.ProvisionalReceived;
import org.centralino.sip.dialog.DialogEvent.SuccessReceived;
import org.centralino.sip.dialog.DialogEvent.SuccessSent;
import org.centralino.sip.dialog.DialogEvent.TransactionTimeout;
import org.centralino.sip.dialog.DialogState.Confirmed;
import org.centralino.sip.dialog.DialogState.Early;
import org.centralino.sip.dialog.DialogState.Terminated;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipUri;

/**
 * The dialog state machine of RFC 3261 §12 and §13.2.2.4/§13.3.1.4/§15 as one exhaustive function. Pure: it
 * returns the next state and the data changes; {@link Dialog} applies them.
 */
public final class DialogMachine {
    /** Call/Transaction Does Not Exist: the peer lost the dialog (RFC 3261 §12.2.1.2). */
    static final int CALL_DOES_NOT_EXIST = 481;
    /** Request Timeout, from the peer or a local transaction timeout (RFC 3261 §12.2.1.2). */
    static final int REQUEST_TIMEOUT = 408;

    private DialogMachine() {
    }

    public static DialogTransition next(DialogState state, DialogEvent event) {
        return switch (state) {
            case Early s -> fromEarly(s, event);
            case Confirmed s -> fromConfirmed(s, event);
            case Terminated s -> DialogTransition.illegal(s, event + " after the dialog ended (" + s.reason() + ")");
        };
    }

    private static DialogTransition fromEarly(Early s, DialogEvent event) {
        return switch (event) {
            // a later 1xx may carry a new Contact: keep the target current until the 2xx fixes it
            case ProvisionalReceived e -> DialogTransition.to(s, refresh(e.contact()));
            // §13.2.2.4: the 2xx confirms the dialog and the route set is recomputed from it, reversed (§12.1.2)
            case SuccessReceived e when e.initial() -> DialogTransition.to(new Confirmed(), confirmEffects(e));
            case SuccessReceived e -> DialogTransition.to(s, e.targetRefresh() ? refresh(e.contact()) : List.of());
            // §12.3: a non-2xx final answer to the dialog-creating request ends its early dialogs
            case FailureReceived e when e.initial() -> ended("initial request failed with " + e.status());
            case FailureReceived e -> failureWithin(s, e.status());
            case SuccessSent e -> DialogTransition.to(e.initial() ? new Confirmed() : s);
            case FailureSent e when e.initial() -> ended("initial request answered " + e.status());
            case FailureSent e -> DialogTransition.to(s);
            case ByeReceived e -> ended("BYE received");
            case ByeSent e -> ended("BYE sent");
            case TransactionTimeout e -> ended("transaction timed out (as 408, §12.2.1.2)");
            case AckTimeout e -> DialogTransition.illegal(s, "ACK timeout in an early dialog: no 2xx was sent");
        };
    }

    private static DialogTransition fromConfirmed(Confirmed s, DialogEvent event) {
        return switch (event) {
            case ProvisionalReceived e -> DialogTransition.to(s); // 1xx to a re-INVITE
            // 2xx retransmission of the initial INVITE: the dialog is already confirmed (§13.2.2.4)
            case SuccessReceived e when e.initial() -> DialogTransition.to(s);
            // §12.2.1.2: a 2xx to a target refresh request replaces the remote target
            case SuccessReceived e -> DialogTransition.to(s, e.targetRefresh() ? refresh(e.contact()) : List.of());
            case FailureReceived e when e.initial() ->
                DialogTransition.illegal(s, "final " + e.status() + " to the initial request after its 2xx");
            case FailureReceived e -> failureWithin(s, e.status());
            case SuccessSent e -> DialogTransition.to(s);
            case FailureSent e -> DialogTransition.to(s); // e.g. 491 to a glaring re-INVITE: the dialog stays
            case ByeReceived e -> ended("BYE received");
            case ByeSent e -> ended("BYE sent");
            case TransactionTimeout e -> ended("transaction timed out (as 408, §12.2.1.2)");
            case AckTimeout e -> ended("no ACK for our 2xx (§13.3.1.4)");
        };
    }

    /** §12.2.1.2: a 481 or 408 to a request within the dialog ends it; other failures leave it as it is. */
    private static DialogTransition failureWithin(DialogState s, int status) {
        if (status == CALL_DOES_NOT_EXIST || status == REQUEST_TIMEOUT) {
            return ended("request within the dialog answered " + status + " (§12.2.1.2)");
        }
        return DialogTransition.to(s);
    }

    private static List<DialogEffect> confirmEffects(SuccessReceived e) {
        List<NameAddr> routes = new ArrayList<>(e.recordRoute());
        Collections.reverse(routes);
        List<DialogEffect> effects = new ArrayList<>(2);
        effects.add(new ReplaceRouteSet(routes));
        effects.addAll(refresh(e.contact()));
        return effects;
    }

    private static List<DialogEffect> refresh(SipUri contact) {
        return contact == null ? List.of() : List.of(new RefreshTarget(contact));
    }

    private static DialogTransition ended(String reason) {
        return DialogTransition.to(new Terminated(reason));
    }
}
