package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.transaction.MachineTestSupport.TCP;
import static org.centralino.sip.transaction.MachineTestSupport.UDP;
import static org.centralino.sip.transaction.MachineTestSupport.ms;
import static org.centralino.sip.transaction.MachineTestSupport.response;

import java.time.Duration;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.InviteServerMachine.Accepted;
import org.centralino.sip.transaction.InviteServerMachine.Ack;
import org.centralino.sip.transaction.InviteServerMachine.Completed;
import org.centralino.sip.transaction.InviteServerMachine.Confirmed;
import org.centralino.sip.transaction.InviteServerMachine.Proceeding;
import org.centralino.sip.transaction.InviteServerMachine.RequestRetransmit;
import org.centralino.sip.transaction.InviteServerMachine.State;
import org.centralino.sip.transaction.InviteServerMachine.Terminated;
import org.centralino.sip.transaction.InviteServerMachine.TimerFired;
import org.centralino.sip.transaction.InviteServerMachine.TuResponse;
import org.junit.jupiter.api.Test;

class InviteServerMachineTest {
    @Test
    void retransmittedInviteGetsTheLastProvisionalAgain() {
        SipResponse ringing = response(180);
        Transition<State> t = InviteServerMachine.next(new Proceeding(null), new TuResponse(ringing), UDP);
        t = InviteServerMachine.next(t.state(), new RequestRetransmit(), UDP);
        assertThat(t.actions()).containsExactly(new TxAction.Send(ringing));
    }

    @Test
    void twoHundredMovesToAcceptedWithTimerLPerRfc6026() {
        SipResponse ok = response(200);
        Transition<State> t = InviteServerMachine.next(new Proceeding(null), new TuResponse(ok), UDP);
        assertThat(t.state()).isEqualTo(new Accepted(ok));
        assertThat(t.actions()).containsExactly(new TxAction.Send(ok),
            new TxAction.StartTimer(TimerId.L, Duration.ofSeconds(32)));
        // INVITE retransmissions are absorbed silently: the TU retransmits the 2xx itself
        assertThat(InviteServerMachine.next(t.state(), new RequestRetransmit(), UDP).actions()).isEmpty();
        assertThat(InviteServerMachine.next(t.state(), new TimerFired(TimerId.L), UDP).state())
            .isInstanceOf(Terminated.class);
    }

    @Test
    void errorResponseIsRetransmittedWithTimerGDoublingUpToT2() {
        Transition<State> t = InviteServerMachine.next(new Proceeding(null), new TuResponse(response(486)), UDP);
        SipResponse busy = ((Completed) t.state()).last();
        assertThat(busy.status()).isEqualTo(486);
        assertThat(t.actions()).containsExactly(new TxAction.Send(busy), new TxAction.StartTimer(TimerId.G, ms(500)),
            new TxAction.StartTimer(TimerId.H, Duration.ofSeconds(32)));
        long[] expected = {1000, 2000, 4000, 4000};
        for (long next : expected) {
            t = InviteServerMachine.next(t.state(), new TimerFired(TimerId.G), UDP);
            assertThat(t.actions()).containsExactly(new TxAction.Send(busy),
                new TxAction.StartTimer(TimerId.G, ms(next)));
        }
    }

    @Test
    void errorResponseOverTcpIsNotRetransmitted() {
        Transition<State> t = InviteServerMachine.next(new Proceeding(null), new TuResponse(response(486)), TCP);
        assertThat(t.actions()).noneMatch(a -> a instanceof TxAction.StartTimer s && s.timer() == TimerId.G);
    }

    @Test
    void ackConfirmsAndTimerITerminates() {
        Completed c = new Completed(response(486), ms(500));
        Transition<State> t = InviteServerMachine.next(c, new Ack(null), UDP);
        assertThat(t.state()).isInstanceOf(Confirmed.class);
        assertThat(t.actions()).containsExactly(new TxAction.StartTimer(TimerId.I, Duration.ofSeconds(5)));
        assertThat(InviteServerMachine.next(t.state(), new Ack(null), UDP).actions()).isEmpty();
        assertThat(InviteServerMachine.next(t.state(), new TimerFired(TimerId.I), UDP).state())
            .isInstanceOf(Terminated.class);
    }

    @Test
    void timerHWithoutAckTerminatesAndReportsTheTimeout() {
        Transition<State> t = InviteServerMachine.next(new Completed(response(486), ms(4000)),
            new TimerFired(TimerId.H), UDP);
        assertThat(t.state()).isInstanceOf(Terminated.class);
        assertThat(t.actions()).containsExactly(new TxAction.NotifyTimeout(), new TxAction.Terminate());
    }

    @Test
    void ackBeforeAnyFinalResponseIsIgnored() {
        Transition<State> t = InviteServerMachine.next(new Proceeding(null), new Ack(null), UDP);
        assertThat(t.ignored()).isNotNull();
        assertThat(t.actions()).isEmpty();
    }
}
