package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.transaction.MachineTestSupport.TCP;
import static org.centralino.sip.transaction.MachineTestSupport.UDP;
import static org.centralino.sip.transaction.MachineTestSupport.response;

import java.time.Duration;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.NonInviteServerMachine.Completed;
import org.centralino.sip.transaction.NonInviteServerMachine.Proceeding;
import org.centralino.sip.transaction.NonInviteServerMachine.RequestRetransmit;
import org.centralino.sip.transaction.NonInviteServerMachine.State;
import org.centralino.sip.transaction.NonInviteServerMachine.Terminated;
import org.centralino.sip.transaction.NonInviteServerMachine.TimerFired;
import org.centralino.sip.transaction.NonInviteServerMachine.TransportError;
import org.centralino.sip.transaction.NonInviteServerMachine.Trying;
import org.centralino.sip.transaction.NonInviteServerMachine.TuResponse;
import org.junit.jupiter.api.Test;

class NonInviteServerMachineTest {
    @Test
    void retransmissionsInTryingAreDiscarded() {
        Transition<State> t = NonInviteServerMachine.next(new Trying(), new RequestRetransmit(), UDP);
        assertThat(t.state()).isInstanceOf(Trying.class);
        assertThat(t.actions()).isEmpty();
    }

    @Test
    void finalResponseOverUdpSendsAndStartsTimerJForSixtyFourT1() {
        SipResponse ok = response(200);
        Transition<State> t = NonInviteServerMachine.next(new Trying(), new TuResponse(ok), UDP);
        // the response is kept in compact (wire) form for the 32 s it may have to be resent
        SipResponse kept = ((Completed) t.state()).last();
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.encode()).isEqualTo(ok.encode());
        assertThat(t.actions()).containsExactly(new TxAction.Send(kept),
            new TxAction.StartTimer(TimerId.J, Duration.ofSeconds(32)));
    }

    @Test
    void finalResponseOverTcpTerminatesAtOnceBecauseTimerJIsZero() {
        SipResponse ok = response(200);
        Transition<State> t = NonInviteServerMachine.next(new Trying(), new TuResponse(ok), TCP);
        assertThat(t.state()).isInstanceOf(Terminated.class);
        assertThat(t.actions()).containsExactly(new TxAction.Send(ok), new TxAction.Terminate());
    }

    @Test
    void provisionalThenRetransmitResendsTheProvisional() {
        SipResponse trying = response(100);
        Transition<State> t = NonInviteServerMachine.next(new Trying(), new TuResponse(trying), UDP);
        assertThat(t.state()).isEqualTo(new Proceeding(trying));
        t = NonInviteServerMachine.next(t.state(), new RequestRetransmit(), UDP);
        assertThat(t.actions()).containsExactly(new TxAction.Send(trying));
    }

    @Test
    void completedAbsorbsRetransmissionsByResendingTheFinalResponse() {
        SipResponse forbidden = response(403);
        Transition<State> t = NonInviteServerMachine.next(new Completed(forbidden), new RequestRetransmit(), UDP);
        assertThat(t.state()).isEqualTo(new Completed(forbidden));
        assertThat(t.actions()).containsExactly(new TxAction.Send(forbidden));
    }

    @Test
    void timerJTerminates() {
        Transition<State> t = NonInviteServerMachine.next(new Completed(response(200)), new TimerFired(TimerId.J),
            UDP);
        assertThat(t.state()).isInstanceOf(Terminated.class);
        assertThat(t.actions()).containsExactly(new TxAction.Terminate());
    }

    @Test
    void aSecondFinalResponseIsIllegalAndIgnored() {
        Completed c = new Completed(response(200));
        Transition<State> t = NonInviteServerMachine.next(c, new TuResponse(response(486)), UDP);
        assertThat(t.state()).isSameAs(c);
        assertThat(t.actions()).isEmpty();
        assertThat(t.ignored()).contains("after a final");
    }

    @Test
    void transportErrorTerminatesAndTellsTheUser() {
        Transition<State> t = NonInviteServerMachine.next(new Proceeding(response(100)), new TransportError(), UDP);
        assertThat(t.state()).isInstanceOf(Terminated.class);
        assertThat(t.actions()).containsExactly(new TxAction.NotifyTransportError(), new TxAction.Terminate());
    }
}
