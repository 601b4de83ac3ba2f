package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.Disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.core.call.CallScript.A;
import static org.centralino.core.call.CallScript.B1;
import static org.centralino.core.call.CallScript.B2;
import static org.centralino.core.call.CallScript.RING;
import static org.centralino.core.call.CallScript.row;

import java.util.List;
import org.centralino.core.call.CallAction.Acknowledge;
import org.centralino.core.call.CallAction.Answer;
import org.centralino.core.call.CallAction.Cancel;
import org.centralino.core.call.CallAction.Invite;
import org.centralino.core.call.CallAction.Reject;
import org.centralino.core.call.CallAction.SendProvisional;
import org.centralino.core.call.CallAction.StartRingTimer;
import org.centralino.core.call.CallAction.StopRingTimer;
import org.centralino.core.call.CallInput.CallerCancelled;
import org.centralino.core.call.CallInput.ForkAnswered;
import org.centralino.core.call.CallInput.ForkProgress;
import org.centralino.core.call.CallInput.ForkRejected;
import org.centralino.core.call.CallInput.LegVanished;
import org.centralino.core.call.CallInput.RingTimeout;
import org.centralino.core.call.CallInput.RouteFailed;
import org.centralino.core.call.CallInput.RouteFailure;
import org.centralino.core.call.CallInput.Vanish;
import org.centralino.core.call.CallPhase.Answered;
import org.centralino.core.call.CallPhase.Ended;
import org.centralino.core.call.CallPhase.Ending;
import org.centralino.core.call.CallPhase.Ringing;
import org.junit.jupiter.api.Test;

/** From the caller's INVITE to the answer or the end before it: forking, 1xx, busy, cancel, timeout, routing. */
class CallSetupTest {
    @Test
    void oneForkRingsAndAnswers() {
        CallScript s = CallScript.started();
        s.play(
            row(CallScript.routed(B1), Ringing.class, List.of(new Invite(B1, "contact-b1"), new StartRingTimer(RING))),
            row(new ForkProgress(B1, false), Ringing.class, List.of(new SendProvisional(A, 180, B1)),
                CallEvent.Ringing.class),
            row(new ForkProgress(B1, false), Ringing.class, List.of()),
            row(new ForkAnswered(B1), Answered.class,
                List.of(new StopRingTimer(), new Answer(A, B1), new Acknowledge(B1)), CallEvent.Answered.class));
        assertThat(s.leg(A)).isEqualTo(new LegState.Answered());
        assertThat(s.leg(B1)).isEqualTo(new LegState.Answered());
        assertThat(((Answered) s.state.phase()).bridge()).isEqualTo(Bridge.of(A, B1));
    }

    @Test
    void callerCancelsWhileRinging() {
        CallScript s = CallScript.ringing(B1, B2);
        s.play(
            row(new CallerCancelled(), Ending.class, List.of(new Reject(A, 487), new StopRingTimer(), new Cancel(B1),
                new Cancel(B2)), CallEvent.Ended.class),
            row(new ForkRejected(B1, 487), Ending.class, List.of()),
            row(new ForkRejected(B2, 487), Ended.class, List.of()));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.CANCELLED, 487, EndCause.CALLER_CANCELLED,
            HangupSide.CALLER));
        assertThat(s.leg(A)).isEqualTo(new LegState.Ended(EndReason.CANCELLED, 487));
        assertThat(s.leg(B2)).isEqualTo(new LegState.Ended(EndReason.CANCELLED, 487));
    }

    @Test
    void oneBusyForkMakesTheCallBusy() {
        CallScript s = CallScript.ringing(B1);
        s.play(row(new ForkRejected(B1, 486), Ended.class, List.of(new StopRingTimer(), new Reject(A, 486)),
            CallEvent.Ended.class));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.BUSY, 486, EndCause.BUSY, HangupSide.CALLEE));
    }

    @Test
    void busyOnlyWhenEveryForkHasFailed() {
        CallScript s = CallScript.ringing(B1, B2);
        s.play(
            row(new ForkRejected(B1, 486), Ringing.class, List.of()),
            row(new ForkRejected(B2, 603), Ended.class, List.of(new StopRingTimer(), new Reject(A, 486)),
                CallEvent.Ended.class));
        assertThat(s.outcome().disposition()).isEqualTo(Disposition.BUSY);
    }

    @Test
    void oneBusyForkDoesNotStopTheOtherFromAnswering() {
        CallScript s = CallScript.ringing(B1, B2);
        s.play(
            row(new ForkRejected(B1, 486), Ringing.class, List.of()),
            row(new ForkAnswered(B2), Answered.class, List.of(new StopRingTimer(), new Answer(A, B2),
                new Acknowledge(B2)), CallEvent.Answered.class));
    }

    @Test
    void firstTwoHundredWinsAndTheOtherForkIsCancelled() {
        CallScript s = CallScript.ringing(B1, B2);
        s.play(
            row(new ForkAnswered(B2), Answered.class, List.of(new StopRingTimer(), new Answer(A, B2),
                new Acknowledge(B2), new Cancel(B1)), CallEvent.Answered.class),
            row(new ForkRejected(B1, 487), Answered.class, List.of()));
        assertThat(s.leg(B1)).isEqualTo(new LegState.Ended(EndReason.CANCELLED, 487));
        assertThat(((Answered) s.state.phase()).bridge()).isEqualTo(Bridge.of(A, B2));
    }

    @Test
    void nobodyAnswersWithinTheRingTimeout() {
        CallScript s = CallScript.ringing(B1, B2);
        s.clock.advance(RING);
        s.play(
            row(new RingTimeout(), Ending.class, List.of(new Reject(A, 480), new Cancel(B1), new Cancel(B2)),
                CallEvent.Ended.class),
            row(new ForkRejected(B1, 487), Ending.class, List.of()),
            row(new LegVanished(B2, Vanish.TIMEOUT), Ended.class, List.of())); // no 487 ever came: timer
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.NO_ANSWER, 480, EndCause.RING_TIMEOUT, HangupSide.SYSTEM));
    }

    @Test
    void endedEventCarriesTheClockTime() {
        CallScript s = CallScript.ringing(B1);
        s.clock.advance(RING);
        s.send(new RingTimeout());
        assertThat(s.events()).singleElement().isEqualTo(new CallEvent.Ended(CallScript.ID, A, null, s.outcome(),
            CallScript.T0.plus(RING)));
    }

    @Test
    void routingFailuresAnswerTheCallerAtOnce() {
        record Case(CallInput input, int status, EndCause cause) {
        }
        for (Case c : List.of(
            new Case(new RouteFailed(RouteFailure.UNKNOWN_NUMBER), 404, EndCause.UNKNOWN_NUMBER),
            new Case(new RouteFailed(RouteFailure.NOT_REGISTERED), 480, EndCause.NOT_REGISTERED),
            new Case(CallScript.routed(), 480, EndCause.NOT_REGISTERED))) {
            CallScript s = CallScript.started();
            s.play(row(c.input(), Ended.class, List.of(new Reject(A, c.status())), CallEvent.Ended.class));
            assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.FAILED, c.status(), c.cause(), HangupSide.SYSTEM));
        }
    }

    @Test
    void everyForkUnreachableIs480() {
        CallScript s = CallScript.started();
        s.send(CallScript.routed(B1, B2));
        s.play(
            row(new LegVanished(B1, Vanish.TIMEOUT), Ringing.class, List.of()),
            row(new LegVanished(B2, Vanish.TRANSPORT_FAILURE), Ended.class,
                List.of(new StopRingTimer(), new Reject(A, 480)), CallEvent.Ended.class));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.FAILED, 480, EndCause.UNREACHABLE, HangupSide.SYSTEM));
    }

    @Test
    void callerHearsOneRingingThenTheFirstEarlyMedia() {
        CallScript s = CallScript.started();
        s.send(CallScript.routed(B1, B2));
        s.play(
            row(new ForkProgress(B1, false), Ringing.class, List.of(new SendProvisional(A, 180, B1)),
                CallEvent.Ringing.class),
            row(new ForkProgress(B2, true), Ringing.class, List.of(new SendProvisional(A, 183, B2))),
            row(new ForkProgress(B1, true), Ringing.class, List.of()),
            // the fork whose early media the caller hears fails: the next one with early media takes over
            row(new ForkRejected(B2, 486), Ringing.class, List.of()),
            row(new ForkProgress(B1, true), Ringing.class, List.of(new SendProvisional(A, 183, B1))));
        assertThat(s.leg(A)).isEqualTo(new LegState.EarlyMedia());
        assertThat(s.state.phase()).isEqualTo(new Ringing(true, B1));
    }

    @Test
    void ringingEventNamesTheForkAndWhetherItBroughtEarlyMedia() {
        CallScript s = CallScript.started();
        s.send(CallScript.routed(B1, B2));
        s.send(new ForkProgress(B2, true));
        assertThat(s.events()).containsExactly(new CallEvent.Ringing(CallScript.ID, A, B2, true, CallScript.T0));
        assertThat(s.published()).contains(new CallEvent.LegChanged(CallScript.ID, B2, LegSide.CALLEE,
            new LegState.EarlyMedia(), CallScript.T0));
    }

    @Test
    void everyForkRefusingTheCodecsIs488NotBusy() {
        CallScript s = CallScript.ringing(B1, B2);
        s.play(
            row(new ForkRejected(B1, 488), Ringing.class, List.of()),
            row(new LegVanished(B2, Vanish.TIMEOUT), Ended.class, List.of(new StopRingTimer(), new Reject(A, 488)),
                CallEvent.Ended.class));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.FAILED, 488, EndCause.NO_COMMON_CODEC,
            HangupSide.CALLEE));
    }

    /** RFC 3261 §15.1.2: a BYE on the early dialog is answered, and the INVITE gets 487, like a CANCEL. */
    @Test
    void callerByeOnTheEarlyDialogEndsTheCallLikeACancel() {
        CallScript s = CallScript.ringing(B1);
        s.play(row(new CallInput.ByeReceived(A), Ending.class, List.of(new Reject(A, 487), new StopRingTimer(),
            new Cancel(B1)), CallEvent.Ended.class));
        assertThat(s.outcome().disposition()).isEqualTo(Disposition.CANCELLED);
        assertThat(s.leg(A)).isEqualTo(new LegState.Ended(EndReason.HANGUP_REMOTE, 0));
    }

    @Test
    void callerLostBeforeTheAnswerCancelsTheForksAndSendsItNothing() {
        CallScript s = CallScript.ringing(B1, B2);
        s.play(
            row(new LegVanished(A, Vanish.TRANSPORT_FAILURE), Ending.class, List.of(new StopRingTimer(),
                new Cancel(B1), new Cancel(B2)), CallEvent.Ended.class),
            row(new ForkRejected(B1, 487), Ending.class, List.of()),
            row(new ForkRejected(B2, 487), Ended.class, List.of()));
        assertThat(s.outcome()).isEqualTo(new Outcome(Disposition.FAILED, 0, EndCause.LEG_VANISHED, HangupSide.CALLER));
    }

    @Test
    void callerCancelsWhileRoutingWithNothingToCancel() {
        CallScript s = CallScript.started();
        s.play(row(new CallerCancelled(), Ended.class, List.of(new Reject(A, 487)), CallEvent.Ended.class));
        s.ignores(CallScript.routed(B1)); // the dialling plan answers too late
    }
}
