package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.Disposition;

import java.time.Instant;
import java.util.List;
import org.centralino.core.call.CallAction.Answer;
import org.centralino.core.call.CallAction.Cancel;
import org.centralino.core.call.CallAction.Invite;
import org.centralino.core.call.CallAction.Reject;
import org.centralino.core.call.CallAction.SendProvisional;
import org.centralino.core.call.CallAction.StartRingTimer;
import org.centralino.core.call.CallAction.StopRingTimer;
import org.centralino.core.call.CallInput.ByeReceived;
import org.centralino.core.call.CallInput.CallerCancelled;
import org.centralino.core.call.CallInput.ForkAnswered;
import org.centralino.core.call.CallInput.ForkProgress;
import org.centralino.core.call.CallInput.ForkRejected;
import org.centralino.core.call.CallInput.Hold;
import org.centralino.core.call.CallInput.LegClosed;
import org.centralino.core.call.CallInput.LegVanished;
import org.centralino.core.call.CallInput.Reoffer;
import org.centralino.core.call.CallInput.Resume;
import org.centralino.core.call.CallInput.RingTimeout;
import org.centralino.core.call.CallInput.RouteFailed;
import org.centralino.core.call.CallInput.Routed;
import org.centralino.core.call.CallPhase.Answered;
import org.centralino.core.call.CallPhase.Ended;
import org.centralino.core.call.CallPhase.Ending;
import org.centralino.core.call.CallPhase.Ringing;
import org.centralino.core.call.CallPhase.Routing;

/**
 * The call as a whole: leg A plus N parallel forks (issue 3, "B2BUA"). One pure, exhaustive
 * {@code next(state, input, now)}: phase × input; each leg's own bookkeeping is delegated to {@link LegMachine}.
 *
 * <p>Provisional responses: the caller gets one 180 when the first fork rings, and one 183 from the first fork
 * that gives early media (even after a 180), whose media it then hears; further 1xx change nothing, because a
 * caller can hear one early media stream and switching between forks' ringback would only confuse. If that fork
 * fails while others ring, the next fork with early media takes over with a new 183.
 *
 * <p>Outcome when every fork failed: 486 if any fork answered with a final error (busy, decline: the user or
 * phone refused; a 6xx from one device does not stop the others ringing), 488 if every refusal was 488 (no codec
 * in common: the caller should learn that, not "busy"), 480 if none answered at all (timed out, unreachable).
 * No answer within the ring timeout: 480 (see {@link CallStatus#TEMPORARILY_UNAVAILABLE} for why not 408).
 */
public final class CallMachine {
    private CallMachine() {
    }

    /** A caller's INVITE became call {@code id}; its leg A is {@code caller}, dialling {@code to}. */
    public static CallTransition start(CallId id, LegId caller, String from, String to, Instant now) {
        Leg a = new Leg(caller, LegSide.CALLER, from, new LegState.Idle());
        Step step = new Step(new CallState(id, from, to, a, List.of(), new Routing()), now);
        step.publish(new CallEvent.Created(id, caller, from, to, now));
        step.leg(caller, new LegEvent.InviteReceived());
        return step.done();
    }

    public static CallTransition next(CallState state, CallInput input, Instant now) {
        Step step = new Step(state, now);
        switch (state.phase()) {
            case Routing _ -> routing(step, input);
            case Ringing p -> ringing(step, p, input);
            case Answered p -> AnsweredPhase.next(step, p, input);
            case Ending p -> ending(step, p, input);
            case Ended _ -> step.ignore(input + " after the call ended");
        }
        return step.done();
    }

    private static void routing(Step step, CallInput input) {
        switch (input) {
            case Routed r -> route(step, r);
            case RouteFailed f -> routeFailed(step, f.failure());
            case CallerCancelled _ -> callerGaveUp(step, new LegEvent.CancelReceived(), false);
            case ByeReceived b when step.isCaller(b.leg()) -> callerGaveUp(step, new LegEvent.ByeReceived(), false);
            case LegVanished v when step.isCaller(v.leg()) -> callerVanished(step, v, false);
            case ForkProgress _, ForkAnswered _, ForkRejected _, RingTimeout _, ByeReceived _, LegClosed _,
                 LegVanished _, Hold _, Resume _, Reoffer _, CallInput.Redirect _ ->
                step.ignore(input + " while routing");
        }
    }

    private static void route(Step step, Routed r) {
        if (r.forks().isEmpty()) {
            routeFailed(step, CallInput.RouteFailure.NOT_REGISTERED);
            return;
        }
        for (CallInput.Fork f : r.forks()) {
            if (step.state().leg(f.id()).isPresent()) {
                step.ignore("leg id " + f.id() + " used twice");
                return;
            }
            step.addLeg(new Leg(f.id(), LegSide.CALLEE, f.target(), new LegState.Idle()));
            step.act(new Invite(f.id(), f.target()));
            step.leg(f.id(), new LegEvent.InviteSent());
        }
        step.act(new StartRingTimer(r.ringTimeout()));
        step.phase(new Ringing(false, null));
    }

    private static void routeFailed(Step step, CallInput.RouteFailure failure) {
        int status = switch (failure) {
            case UNKNOWN_NUMBER -> CallStatus.NOT_FOUND;
            case NOT_REGISTERED -> CallStatus.TEMPORARILY_UNAVAILABLE;
        };
        EndCause cause = failure == CallInput.RouteFailure.UNKNOWN_NUMBER
            ? EndCause.UNKNOWN_NUMBER : EndCause.NOT_REGISTERED;
        rejectCaller(step, status);
        finish(step, new Outcome(Disposition.FAILED, status, cause, HangupSide.SYSTEM), null);
    }

    private static void ringing(Step step, Ringing p, CallInput input) {
        switch (input) {
            case ForkProgress f when step.isFork(f.fork()) -> progress(step, p, f);
            case ForkAnswered f when step.isFork(f.fork()) -> answer(step, f.fork());
            case ForkRejected f when step.isFork(f.fork()) ->
                forkFailed(step, p, f.fork(), new LegEvent.Rejected(f.status()));
            case LegVanished v when step.isFork(v.leg()) -> forkFailed(step, p, v.leg(), lost(v));
            case LegVanished v when step.isCaller(v.leg()) -> callerVanished(step, v, true);
            case CallerCancelled _ -> callerGaveUp(step, new LegEvent.CancelReceived(), true);
            case ByeReceived b when step.isCaller(b.leg()) -> callerGaveUp(step, new LegEvent.ByeReceived(), true);
            case RingTimeout _ -> noAnswer(step);
            // an application that hands the caller over before answering: only an answered callee can, but its
            // Channel.bridge waits for the outcome, so it is told (else it would wait until the ring timeout)
            case CallInput.Redirect r when step.isFork(r.by()) ->
                step.act(new CallAction.RedirectFailed(r.by(), CallStatus.TEMPORARILY_UNAVAILABLE));
            case Routed _, RouteFailed _, ForkProgress _, ForkAnswered _, ForkRejected _, ByeReceived _,
                 LegClosed _, LegVanished _, Hold _, Resume _, Reoffer _, CallInput.Redirect _ ->
                step.ignore(input + " while ringing");
        }
    }

    private static void progress(Step step, Ringing p, ForkProgress f) {
        if (!step.leg(f.fork(), new LegEvent.Provisional(f.earlyMedia()))) {
            return;
        }
        if (f.earlyMedia() && p.earlyMediaFrom() == null) {
            relayProvisional(step, p, CallStatus.SESSION_PROGRESS, f.fork());
            step.phase(new Ringing(true, f.fork()));
        } else if (!p.provisionalSent()) {
            relayProvisional(step, p, CallStatus.RINGING, f.fork());
            step.phase(new Ringing(true, null));
        }
    }

    private static void relayProvisional(Step step, Ringing p, int status, LegId fork) {
        boolean early = status == CallStatus.SESSION_PROGRESS;
        step.act(new SendProvisional(step.caller(), status, fork));
        step.leg(step.caller(), new LegEvent.Provisional(early));
        if (!p.provisionalSent()) {
            step.publish(new CallEvent.Ringing(step.state().id(), step.caller(), fork, early, step.now()));
        }
    }

    /** The first 2xx wins: the caller is answered and every other fork still ringing gets CANCEL. */
    private static void answer(Step step, LegId fork) {
        if (!step.leg(fork, new LegEvent.Answered())) {
            return;
        }
        step.act(new StopRingTimer());
        step.act(new Answer(step.caller(), fork));
        step.leg(step.caller(), new LegEvent.Answered());
        step.act(new CallAction.Acknowledge(fork));
        cancelRingingForks(step);
        Bridge bridge = Bridge.of(step.caller(), fork);
        step.publish(new CallEvent.Answered(step.state().id(), step.caller(), fork, step.now()));
        step.phase(new Answered(bridge));
    }

    private static void forkFailed(Step step, Ringing p, LegId fork, LegEvent event) {
        if (!step.leg(fork, event)) {
            return;
        }
        if (fork.equals(p.earlyMediaFrom())) {
            step.phase(new Ringing(p.provisionalSent(), null));
        }
        List<Leg> forks = step.state().forks();
        if (!forks.stream().allMatch(l -> l.state().isEnded())) {
            return;
        }
        Outcome outcome = allFailed(forks);
        step.act(new StopRingTimer());
        rejectCaller(step, outcome.callerStatus());
        finish(step, outcome, null);
    }

    /** Every fork failed: 488 if each refusal was 488, 486 if any device refused, 480 if none could be reached. */
    private static Outcome allFailed(List<Leg> forks) {
        List<Integer> refusals = forks.stream()
            .map(Leg::state).filter(s -> s instanceof LegState.Ended e && e.reason() == EndReason.REJECTED)
            .map(s -> ((LegState.Ended) s).status()).toList();
        if (refusals.isEmpty()) {
            return new Outcome(Disposition.FAILED, CallStatus.TEMPORARILY_UNAVAILABLE, EndCause.UNREACHABLE,
                HangupSide.SYSTEM);
        }
        if (refusals.stream().allMatch(status -> status == CallStatus.NOT_ACCEPTABLE_HERE)) {
            return new Outcome(Disposition.FAILED, CallStatus.NOT_ACCEPTABLE_HERE, EndCause.NO_COMMON_CODEC,
                HangupSide.CALLEE);
        }
        return new Outcome(Disposition.BUSY, CallStatus.BUSY_HERE, EndCause.BUSY, HangupSide.CALLEE);
    }

    private static void noAnswer(Step step) {
        rejectCaller(step, CallStatus.TEMPORARILY_UNAVAILABLE);
        cancelRingingForks(step);
        finish(step, new Outcome(Disposition.NO_ANSWER, CallStatus.TEMPORARILY_UNAVAILABLE, EndCause.RING_TIMEOUT,
            HangupSide.SYSTEM), null);
    }

    /** CANCEL (or BYE on an early dialog) from the caller: 487 to its INVITE (§9.2, §15.1.2), CANCEL the forks. */
    private static void callerGaveUp(Step step, LegEvent event, boolean ringing) {
        if (!step.leg(step.caller(), event)) {
            return;
        }
        step.act(new Reject(step.caller(), CallStatus.REQUEST_TERMINATED));
        if (ringing) {
            step.act(new StopRingTimer());
        }
        cancelRingingForks(step);
        finish(step, new Outcome(Disposition.CANCELLED, CallStatus.REQUEST_TERMINATED, EndCause.CALLER_CANCELLED,
            HangupSide.CALLER), null);
    }

    /** Leg A is gone before the answer: nothing can reach it, so the forks are cancelled and nothing is sent. */
    private static void callerVanished(Step step, LegVanished v, boolean ringing) {
        if (!step.leg(v.leg(), lost(v))) {
            return;
        }
        if (ringing) {
            step.act(new StopRingTimer());
        }
        cancelRingingForks(step);
        finish(step, new Outcome(Disposition.FAILED, 0, EndCause.LEG_VANISHED, HangupSide.CALLER), null);
    }

    private static void ending(Step step, Ending p, CallInput input) {
        if (!LegInputs.apply(step, input, "while ending")) {
            return;
        }
        if (step.state().allLegsEnded()) {
            step.phase(new Ended(p.outcome()));
        }
    }

    static void rejectCaller(Step step, int status) {
        step.act(new Reject(step.caller(), status));
        step.leg(step.caller(), new LegEvent.Rejected(status));
    }

    static void cancelRingingForks(Step step) {
        for (Leg fork : step.state().forks()) {
            if (fork.state().isEarly()) {
                step.act(new Cancel(fork.id()));
                step.leg(fork.id(), new LegEvent.CancelSent());
            }
        }
    }

    /** The outcome is decided: publish it once; the call stays {@link Ending} until every leg has closed. */
    static void finish(Step step, Outcome outcome, LegId callee) {
        step.publish(new CallEvent.Ended(step.state().id(), step.caller(), callee, outcome, step.now()));
        step.phase(step.state().allLegsEnded() ? new Ended(outcome) : new Ending(outcome));
    }

    static LegEvent lost(LegVanished v) {
        return switch (v.how()) {
            case TIMEOUT, NO_MEDIA -> new LegEvent.Timeout();
            case TRANSPORT_FAILURE -> new LegEvent.TransportFailure();
        };
    }
}
