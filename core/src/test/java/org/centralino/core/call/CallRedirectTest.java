package org.centralino.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.core.call.CallScript.A;
import static org.centralino.core.call.CallScript.B1;
import static org.centralino.core.call.CallScript.RING;
import static org.centralino.core.call.CallScript.row;

import java.util.List;
import org.centralino.core.call.CallAction.Acknowledge;
import org.centralino.core.call.CallAction.Cancel;
import org.centralino.core.call.CallAction.HangUp;
import org.centralino.core.call.CallAction.Invite;
import org.centralino.core.call.CallAction.Reconnect;
import org.centralino.core.call.CallAction.RedirectFailed;
import org.centralino.core.call.CallAction.StartRingTimer;
import org.centralino.core.call.CallAction.StopRingTimer;
import org.centralino.core.call.CallInput.ByeReceived;
import org.centralino.core.call.CallInput.ForkAnswered;
import org.centralino.core.call.CallInput.ForkProgress;
import org.centralino.core.call.CallInput.ForkRejected;
import org.centralino.core.call.CallInput.LegClosed;
import org.centralino.core.call.CallInput.Redirect;
import org.centralino.core.call.CallInput.RingTimeout;
import org.centralino.core.call.CallPhase.Answered;
import org.centralino.core.call.CallPhase.Ending;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupSide;
import org.junit.jupiter.api.Test;

/**
 * An answered callee (an application) hands the caller over ({@link CallInput.Redirect}): the first new fork to
 * answer replaces it; if none answers in time or all refuse, the callee keeps the caller.
 */
class CallRedirectTest {
    private static final LegId C1 = new LegId("c1");
    private static final LegId C2 = new LegId("c2");

    private static CallScript answeredByApp() {
        CallScript s = CallScript.ringing(B1);
        s.send(new ForkAnswered(B1));
        return s;
    }

    private static Redirect toC1AndC2() {
        return new Redirect(B1, List.of(new CallInput.Fork(C1, "contact-c1"), new CallInput.Fork(C2, "contact-c2")),
            RING);
    }

    private static CallPhase.Redirecting redirecting(CallScript s) {
        return ((Answered) s.state.phase()).redirect();
    }

    @Test
    void theFirstNewForkToAnswerReplacesTheCalleeWhichIsHungUpAndTheOtherIsCancelled() {
        CallScript s = answeredByApp();
        s.play(
            row(toC1AndC2(), Answered.class, List.of(new Invite(C1, "contact-c1"), new Invite(C2, "contact-c2"),
                new StartRingTimer(RING))),
            row(new ForkProgress(C1, false), Answered.class, List.of()),
            row(new ForkProgress(C2, false), Answered.class, List.of()),
            row(new ForkAnswered(C2), Answered.class, List.of(new StopRingTimer(), new Acknowledge(C2),
                new Cancel(C1), new Reconnect(A, C2, B1), new HangUp(B1)), CallEvent.Answered.class));
        Answered answered = (Answered) s.state.phase();
        assertThat(answered.bridge()).isEqualTo(Bridge.of(A, C2));
        assertThat(answered.redirect()).isNull();
        s.play(
            row(new LegClosed(B1), Answered.class, List.of()),
            row(new ByeReceived(C2), Ending.class, List.of(new HangUp(A)), CallEvent.Ended.class));
        assertThat(s.outcome().disposition()).isEqualTo(Disposition.ANSWERED);
    }

    @Test
    void whenEveryNewForkRefusesTheCalleeKeepsTheCallerAndLearnsWhy() {
        CallScript s = answeredByApp();
        s.send(toC1AndC2());
        s.play(
            row(new ForkRejected(C1, 486), Answered.class, List.of()),
            row(new ForkRejected(C2, 486), Answered.class, List.of(new StopRingTimer(),
                new RedirectFailed(B1, 486))));
        assertThat(redirecting(s)).isNull();
        assertThat(((Answered) s.state.phase()).bridge()).isEqualTo(Bridge.of(A, B1));
    }

    @Test
    void nobodyAnsweringInTimeCancelsTheNewForksAndTheCalleeKeepsTheCaller() {
        CallScript s = answeredByApp();
        s.send(toC1AndC2());
        s.send(new ForkProgress(C1, false));
        s.play(row(new RingTimeout(), Answered.class, List.of(new Cancel(C1), new Cancel(C2),
            new RedirectFailed(B1, CallStatus.TEMPORARILY_UNAVAILABLE))));
        assertThat(redirecting(s)).isNull();
    }

    @Test
    void theCallerHangingUpDuringTheHandOverCancelsTheNewForksAndHangsUpTheCallee() {
        CallScript s = answeredByApp();
        s.send(toC1AndC2());
        s.play(row(new ByeReceived(A), Ending.class, List.of(new StopRingTimer(), new Cancel(C1), new Cancel(C2),
            new HangUp(B1)), CallEvent.Ended.class));
        assertThat(s.outcome().hungUpBy()).isEqualTo(HangupSide.CALLER);
    }

    @Test
    void aHandOverByAnApplicationThatHasNotAnsweredIsRefusedAtOnce() {
        CallScript s = CallScript.ringing(B1);
        s.send(toC1AndC2());
        assertThat(s.commands()).as("the application's bridge learns it failed, no fork rings")
            .containsExactly(new RedirectFailed(B1, CallStatus.TEMPORARILY_UNAVAILABLE));
        assertThat(s.state.phase()).isInstanceOf(CallPhase.Ringing.class);
    }

    @Test
    void aSecondHandOverWhileOneRingsIsRefusedWith491() {
        CallScript s = answeredByApp();
        s.send(toC1AndC2());
        s.send(new Redirect(B1, List.of(new CallInput.Fork(new LegId("c3"), "contact-c3")), RING));
        assertThat(s.commands()).containsExactly(new RedirectFailed(B1, CallStatus.REQUEST_PENDING));
        assertThat(redirecting(s).forks()).containsExactly(C1, C2);
    }
}
