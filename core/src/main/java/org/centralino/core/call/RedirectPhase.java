package org.centralino.core.call;

import java.util.List;
import org.centralino.core.call.CallPhase.Answered;
import org.centralino.core.call.CallPhase.Redirecting;

/**
 * An answered call whose callee hands the caller over ({@link CallInput.Redirect}): the new forks ring while the
 * caller stays bridged with the callee (an application playing ringback); the first fork to answer replaces the
 * callee, which is hung up, and the others are cancelled. If none answers in time, or all refuse, the hand-over
 * fails and the callee keeps the caller ({@link CallAction.RedirectFailed}). One hand-over at a time.
 */
final class RedirectPhase {
    private RedirectPhase() {
    }

    /** Starts the hand-over: a leg and an INVITE per fork, and the ring timer. */
    static void start(Step step, Answered p, CallInput.Redirect r) {
        if (p.redirect() != null || !p.bridge().callee().equals(r.by()) || r.forks().isEmpty()) {
            step.act(new CallAction.RedirectFailed(r.by(), r.forks().isEmpty()
                ? CallStatus.TEMPORARILY_UNAVAILABLE : CallStatus.REQUEST_PENDING));
            return;
        }
        for (CallInput.Fork f : r.forks()) {
            if (step.state().leg(f.id()).isPresent()) {
                step.ignore("leg id " + f.id() + " used twice");
                return;
            }
        }
        for (CallInput.Fork f : r.forks()) {
            step.addLeg(new Leg(f.id(), LegSide.CALLEE, f.target(), new LegState.Idle()));
            step.act(new CallAction.Invite(f.id(), f.target()));
            step.leg(f.id(), new LegEvent.InviteSent());
        }
        step.act(new CallAction.StartRingTimer(r.ringTimeout()));
        step.phase(new Answered(p.bridge(), new Redirecting(r.by(), r.forks().stream().map(CallInput.Fork::id)
            .toList())));
    }

    /** Whether {@code leg} is one of the forks of the hand-over in progress. */
    static boolean isNewFork(Answered p, LegId leg) {
        return p.redirect() != null && p.redirect().forks().contains(leg);
    }

    /** A new fork answered: it replaces the callee, who is hung up; the other new forks are cancelled. */
    static void answered(Step step, Answered p, LegId fork) {
        if (!step.leg(fork, new LegEvent.Answered())) {
            return;
        }
        Redirecting r = p.redirect();
        step.act(new CallAction.StopRingTimer());
        step.act(new CallAction.Acknowledge(fork));
        cancelOthers(step, r, fork);
        step.act(new CallAction.Reconnect(p.bridge().caller(), fork, r.by()));
        step.act(new CallAction.HangUp(r.by()));
        step.leg(r.by(), new LegEvent.ByeSent());
        step.publish(new CallEvent.Answered(step.state().id(), p.bridge().caller(), fork, step.now()));
        step.phase(new Answered(Bridge.of(p.bridge().caller(), fork)));
    }

    /** A new fork refused or vanished; when none is left ringing, the hand-over fails with the best status. */
    static void forkFailed(Step step, Answered p, LegId fork, LegEvent event, int status) {
        if (!step.leg(fork, event)) {
            return;
        }
        List<Leg> ringing = p.redirect().forks().stream().map(id -> step.state().leg(id).orElseThrow())
            .filter(l -> !l.state().isEnded()).toList();
        if (ringing.isEmpty()) {
            step.act(new CallAction.StopRingTimer());
            fail(step, p, status);
        }
    }

    /** Nobody answered within the ring timeout: the new forks are cancelled, the callee keeps the caller. */
    static void timedOut(Step step, Answered p) {
        cancelOthers(step, p.redirect(), null);
        fail(step, p, CallStatus.TEMPORARILY_UNAVAILABLE);
    }

    /** The call ends while handing over: every new fork still ringing is cancelled. */
    static void abandon(Step step, Answered p) {
        if (p.redirect() != null) {
            step.act(new CallAction.StopRingTimer());
            cancelOthers(step, p.redirect(), null);
        }
    }

    private static void fail(Step step, Answered p, int status) {
        step.act(new CallAction.RedirectFailed(p.redirect().by(), status));
        step.phase(new Answered(p.bridge()));
    }

    private static void cancelOthers(Step step, Redirecting r, LegId winner) {
        for (LegId id : r.forks()) {
            Leg leg = step.state().leg(id).orElseThrow();
            if (!id.equals(winner) && leg.state().isEarly()) {
                step.act(new CallAction.Cancel(id));
                step.leg(id, new LegEvent.CancelSent());
            }
        }
    }
}
