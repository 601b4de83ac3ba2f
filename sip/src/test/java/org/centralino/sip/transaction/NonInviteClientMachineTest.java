package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.transaction.MachineTestSupport.TCP;
import static org.centralino.sip.transaction.MachineTestSupport.UDP;
import static org.centralino.sip.transaction.MachineTestSupport.ms;
import static org.centralino.sip.transaction.MachineTestSupport.response;

import java.time.Duration;
import org.centralino.sip.message.Headers;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipUri;
import org.centralino.sip.transaction.NonInviteClientMachine.Completed;
import org.centralino.sip.transaction.NonInviteClientMachine.Initial;
import org.centralino.sip.transaction.NonInviteClientMachine.Proceeding;
import org.centralino.sip.transaction.NonInviteClientMachine.ResponseReceived;
import org.centralino.sip.transaction.NonInviteClientMachine.Start;
import org.centralino.sip.transaction.NonInviteClientMachine.State;
import org.centralino.sip.transaction.NonInviteClientMachine.Terminated;
import org.centralino.sip.transaction.NonInviteClientMachine.TimerFired;
import org.junit.jupiter.api.Test;

class NonInviteClientMachineTest {
    private final SipRequest options = new SipRequest("OPTIONS", SipUri.sip(null, "127.0.0.1", 5060),
        Headers.empty(), null);

    @Test
    void startSendsAndArmsTimersEAndF() {
        Transition<State> t = NonInviteClientMachine.next(new Initial(options), new Start(), UDP);
        assertThat(t.actions()).containsExactly(new TxAction.Send(options),
            new TxAction.StartTimer(TimerId.F, Duration.ofSeconds(32)), new TxAction.StartTimer(TimerId.E, ms(500)));
    }

    @Test
    void timerERetransmitsDoublingUpToT2ThenEveryT2InProceeding() {
        Transition<State> t = NonInviteClientMachine.next(new Initial(options), new Start(), UDP);
        for (long next : new long[] {1000, 2000, 4000, 4000}) {
            t = NonInviteClientMachine.next(t.state(), new TimerFired(TimerId.E), UDP);
            assertThat(t.actions()).containsExactly(new TxAction.Send(options),
                new TxAction.StartTimer(TimerId.E, ms(next)));
        }
        t = NonInviteClientMachine.next(t.state(), new ResponseReceived(response(100)), UDP);
        assertThat(t.state()).isInstanceOf(Proceeding.class);
        t = NonInviteClientMachine.next(t.state(), new TimerFired(TimerId.E), UDP);
        assertThat(t.actions()).containsExactly(new TxAction.Send(options),
            new TxAction.StartTimer(TimerId.E, ms(4000)));
    }

    @Test
    void overTcpNothingIsRetransmitted() {
        Transition<State> t = NonInviteClientMachine.next(new Initial(options), new Start(), TCP);
        assertThat(t.actions()).containsExactly(new TxAction.Send(options),
            new TxAction.StartTimer(TimerId.F, Duration.ofSeconds(32)));
    }

    @Test
    void finalResponseIsPassedUpOnceAndRetransmissionsAbsorbedUntilTimerK() {
        Transition<State> t = NonInviteClientMachine.next(new Initial(options), new Start(), UDP);
        var ok = response(200);
        t = NonInviteClientMachine.next(t.state(), new ResponseReceived(ok), UDP);
        assertThat(t.state()).isInstanceOf(Completed.class);
        assertThat(t.actions()).containsExactly(new TxAction.PassUp(ok),
            new TxAction.StartTimer(TimerId.K, Duration.ofSeconds(5)));
        assertThat(NonInviteClientMachine.next(t.state(), new ResponseReceived(response(200)), UDP).actions())
            .isEmpty();
        assertThat(NonInviteClientMachine.next(t.state(), new TimerFired(TimerId.K), UDP).state())
            .isInstanceOf(Terminated.class);
    }

    @Test
    void timerFReportsTimeout() {
        Transition<State> t = NonInviteClientMachine.next(new Initial(options), new Start(), UDP);
        t = NonInviteClientMachine.next(t.state(), new TimerFired(TimerId.F), UDP);
        assertThat(t.state()).isInstanceOf(Terminated.class);
        assertThat(t.actions()).containsExactly(new TxAction.NotifyTimeout(), new TxAction.Terminate());
    }
}
