package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.Disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.core.call.CallScript.A;
import static org.centralino.core.call.CallScript.B1;
import static org.centralino.core.call.CallScript.B2;
import static org.centralino.core.call.CallScript.row;

import java.util.List;
import org.centralino.core.call.CallAction.Acknowledge;
import org.centralino.core.call.CallAction.HangUp;
import org.centralino.core.call.CallAction.RelayOffer;
import org.centralino.core.call.CallInput.ByeReceived;
import org.centralino.core.call.CallInput.CallerCancelled;
import org.centralino.core.call.CallInput.ForkAnswered;
import org.centralino.core.call.CallInput.ForkRejected;
import org.centralino.core.call.CallInput.Hold;
import org.centralino.core.call.CallInput.LegClosed;
import org.centralino.core.call.CallInput.LegVanished;
import org.centralino.core.call.CallInput.Reoffer;
import org.centralino.core.call.CallInput.Resume;
import org.centralino.core.call.CallInput.Vanish;
import org.centralino.core.call.CallPhase.Answered;
import org.centralino.core.call.CallPhase.Ended;
import org.centralino.core.call.CallPhase.Ending;
import org.junit.jupiter.api.Test;

/** After the answer: BYE from either side, vanished legs, late 2xx, hold, and inputs that are ignored. */
class CallTeardownTest {
    private static CallScript answered(LegId... forks) {
        CallScript s = CallScript.ringing(forks);
        s.send(new ForkAnswered(forks[0]));
        return s;
    }

    @Test
    void callerHangsUp() {
        CallScript s = answered(B1);
        s.play(
            row(new ByeReceived(A), Ending.class, List.of(new HangUp(B1)), CallEvent.Ended.class),
            row(new LegClosed(B1), Ended.class, List.of()));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.ANSWERED, 200, EndCause.NORMAL_CLEARING,
            HangupSide.CALLER));
        assertThat(s.leg(B1)).isEqualTo(new LegState.Ended(EndReason.HANGUP_LOCAL, 0));
    }

    @Test
    void calleeHangsUp() {
        CallScript s = answered(B1);
        s.play(
            row(new ByeReceived(B1), Ending.class, List.of(new HangUp(A)), CallEvent.Ended.class),
            row(new LegClosed(A), Ended.class, List.of()));
        assertThat(s.outcome().hungUpBy()).isEqualTo(HangupSide.CALLEE);
        assertThat(s.leg(B1)).isEqualTo(new LegState.Ended(EndReason.HANGUP_REMOTE, 0));
    }

    @Test
    void crossingByesEndTheCall() {
        CallScript s = answered(B1);
        s.send(new ByeReceived(A));
        s.play(row(new ByeReceived(B1), Ended.class, List.of()));
        assertThat(s.outcome().hungUpBy()).isEqualTo(HangupSide.CALLER);
    }

    @Test
    void vanishedCalleeAfterTheAnswerGivesTheCallerABye() {
        CallScript s = answered(B1);
        s.play(
            row(new LegVanished(B1, Vanish.TIMEOUT), Ending.class, List.of(new HangUp(A)), CallEvent.Ended.class),
            row(new LegClosed(A), Ended.class, List.of()));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.ANSWERED, 200, EndCause.LEG_VANISHED,
            HangupSide.CALLEE));
    }

    @Test
    void callerThatNeverAcksIsHungUpOnTheCallee() {
        CallScript s = answered(B1);
        s.play(row(new LegVanished(A, Vanish.TIMEOUT), Ending.class, List.of(new HangUp(B1)),
            CallEvent.Ended.class));
        assertThat(s.outcome().hungUpBy()).isEqualTo(HangupSide.CALLER);
    }

    /** RFC 3261 §13.2.2.4: a 2xx from a fork we cancelled is acknowledged and then ended with BYE. */
    @Test
    void lateTwoHundredFromTheLosingForkIsAcknowledgedThenHungUp() {
        CallScript s = answered(B1, B2);
        s.play(
            row(new ForkAnswered(B2), Answered.class, List.of(new Acknowledge(B2), new HangUp(B2))),
            row(new ForkAnswered(B2), Answered.class, List.of()), // retransmission: no second BYE
            row(new LegClosed(B2), Answered.class, List.of()),
            row(new ByeReceived(A), Ending.class, List.of(new HangUp(B1)), CallEvent.Ended.class),
            row(new LegClosed(B1), Ended.class, List.of()));
        assertThat(s.leg(B2)).isEqualTo(new LegState.Ended(EndReason.CANCELLED, 487));
    }

    @Test
    void lateTwoHundredAfterTheCallerCancelledIsAcknowledgedThenHungUp() {
        CallScript s = CallScript.ringing(B1);
        s.send(new CallerCancelled());
        s.play(
            row(new ForkAnswered(B1), Ending.class, List.of(new Acknowledge(B1), new HangUp(B1))),
            row(new LegClosed(B1), Ended.class, List.of()));
        assertThat(s.outcome().disposition()).isEqualTo(Disposition.CANCELLED);
    }

    @Test
    void offersAreRelayedAndAcceptedHoldsAndResumesArePublished() {
        CallScript s = answered(B1);
        s.play(
            row(new Reoffer(A), Answered.class, List.of(new RelayOffer(A, B1))),
            row(new Hold(A), Answered.class, List.of(), CallEvent.Held.class),
            row(new Hold(A), Answered.class, List.of()),
            row(new Reoffer(B1), Answered.class, List.of(new RelayOffer(B1, A))),
            row(new Resume(A), Answered.class, List.of(), CallEvent.Resumed.class));
        assertThat(((Answered) s.state.phase()).bridge().isHeld()).isFalse();
        s.send(new Hold(B1));
        assertThat(((Answered) s.state.phase()).bridge().holding()).containsExactly(B1);
        assertThat(s.leg(B1)).isEqualTo(new LegState.Held());
    }

    @Test
    void illegalInputsAreIgnored() {
        CallScript s = CallScript.started();
        s.ignores(new ForkAnswered(B1)); // no such leg yet
        s.ignores(new Hold(A)); // not answered
        s = answered(B1, B2);
        s.ignores(new CallerCancelled()); // §9.2: too late once answered
        s.ignores(new CallInput.RingTimeout()); // the timer was stopped; a late firing is a race
        s.ignores(new Hold(B2)); // not in the bridge: B2 is being cancelled
        s.ignores(new LegClosed(A)); // nothing to close
        s.send(new ForkRejected(B2, 487));
        s.send(new ByeReceived(B1));
        s.send(new LegClosed(A));
        assertThat(s.state.phase()).isInstanceOf(Ended.class);
        s.ignores(new ForkAnswered(B1)); // answer after the call ended
        s.ignores(new ByeReceived(A));
    }
}
