package org.centralino.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/** The transition function alone: values in, values out (no parsing involved). */
class DialogMachineTest {
    private static final SipUri CONTACT = SipUri.sip("bob", "192.0.2.4", 5060);
    private static final NameAddr P1 = NameAddr.of(null, SipUri.sip(null, "p1.example.com", -1));
    private static final NameAddr P2 = NameAddr.of(null, SipUri.sip(null, "p2.example.com", -1));
    private static final Early EARLY = new Early();
    private static final Confirmed CONFIRMED = new Confirmed();

    @Test
    void provisional_in_early_refreshes_the_target_only_when_it_has_a_contact() {
        assertThat(DialogMachine.next(EARLY, new ProvisionalReceived(CONTACT)))
            .isEqualTo(new DialogTransition(EARLY, List.of(new RefreshTarget(CONTACT)), null));
        assertThat(DialogMachine.next(EARLY, new ProvisionalReceived(null)))
            .isEqualTo(new DialogTransition(EARLY, List.of(), null));
    }

    @Test
    void initial_2xx_confirms_and_recomputes_the_route_set_reversed() {
        DialogTransition t = DialogMachine.next(EARLY, new SuccessReceived(true, true, CONTACT, List.of(P1, P2)));

        assertThat(t.state()).isEqualTo(CONFIRMED);
        assertThat(t.effects()).containsExactly(new ReplaceRouteSet(List.of(P2, P1)), new RefreshTarget(CONTACT));
    }

    @Test
    void two_xx_to_a_target_refresh_in_a_confirmed_dialog_replaces_the_target() {
        assertThat(DialogMachine.next(CONFIRMED, new SuccessReceived(false, true, CONTACT, List.of())).effects())
            .containsExactly(new RefreshTarget(CONTACT));
        assertThat(DialogMachine.next(CONFIRMED, new SuccessReceived(false, false, CONTACT, List.of())).effects())
            .as("a 2xx to INFO or MESSAGE is no target refresh").isEmpty();
        assertThat(DialogMachine.next(CONFIRMED, new SuccessReceived(true, true, CONTACT, List.of(P1))))
            .as("2xx retransmission").isEqualTo(new DialogTransition(CONFIRMED, List.of(), null));
    }

    @Test
    void failure_of_the_initial_request_ends_an_early_dialog() {
        assertThat(DialogMachine.next(EARLY, new FailureReceived(486, true)).state()).isInstanceOf(Terminated.class);
        assertThat(DialogMachine.next(EARLY, new FailureSent(603, true)).state()).isInstanceOf(Terminated.class);
        assertThat(DialogMachine.next(EARLY, new FailureReceived(488, false)).state()).isEqualTo(EARLY);
    }

    @Test
    void only_481_and_408_end_a_confirmed_dialog() {
        assertThat(DialogMachine.next(CONFIRMED, new FailureReceived(491, false)).state()).isEqualTo(CONFIRMED);
        assertThat(DialogMachine.next(CONFIRMED, new FailureReceived(481, false)).state())
            .isInstanceOf(Terminated.class);
        assertThat(DialogMachine.next(CONFIRMED, new FailureReceived(408, false)).state())
            .isInstanceOf(Terminated.class);
        assertThat(DialogMachine.next(CONFIRMED, new FailureSent(488, false)).state()).isEqualTo(CONFIRMED);
    }

    @Test
    void uas_sending_the_initial_2xx_confirms() {
        assertThat(DialogMachine.next(EARLY, new SuccessSent(true)).state()).isEqualTo(CONFIRMED);
        assertThat(DialogMachine.next(EARLY, new SuccessSent(false)).state()).as("2xx to PRACK").isEqualTo(EARLY);
    }

    @Test
    void bye_and_timeouts_terminate() {
        for (DialogState s : List.of(EARLY, CONFIRMED)) {
            assertThat(DialogMachine.next(s, new ByeReceived()).state()).isEqualTo(new Terminated("BYE received"));
            assertThat(DialogMachine.next(s, new ByeSent()).state()).isEqualTo(new Terminated("BYE sent"));
            assertThat(DialogMachine.next(s, new TransactionTimeout(false)).state()).isInstanceOf(Terminated.class);
        }
        assertThat(DialogMachine.next(CONFIRMED, new AckTimeout()).state()).isInstanceOf(Terminated.class);
    }

    @Test
    void illegal_events_are_reported_and_change_nothing() {
        Terminated over = new Terminated("BYE sent");

        DialogTransition late = DialogMachine.next(over, new SuccessReceived(false, false, null, List.of()));
        DialogTransition ackTimeoutEarly = DialogMachine.next(EARLY, new AckTimeout());
        DialogTransition failAfter2xx = DialogMachine.next(CONFIRMED, new FailureReceived(500, true));

        assertThat(late.state()).isEqualTo(over);
        assertThat(late.ignored()).contains("after the dialog ended");
        assertThat(ackTimeoutEarly.state()).isEqualTo(EARLY);
        assertThat(ackTimeoutEarly.ignored()).isNotNull();
        assertThat(failAfter2xx.state()).isEqualTo(CONFIRMED);
        assertThat(failAfter2xx.ignored()).isNotNull();
    }
}
