package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;

import org.centralino.core.call.CallInput.ByeReceived;
import org.centralino.core.call.CallInput.Hold;
import org.centralino.core.call.CallInput.LegVanished;
import org.centralino.core.call.CallInput.Reoffer;
import org.centralino.core.call.CallInput.Resume;
import org.centralino.core.call.CallPhase.Answered;

/**
 * The call machine once answered: the bridged legs talk, hold and hang up; the losing forks are still closing
 * (a late 2xx that crossed our CANCEL is acknowledged and ended with BYE by {@link LegMachine}).
 */
final class AnsweredPhase {
    private AnsweredPhase() {
    }

    static void next(Step step, Answered p, CallInput input) {
        Bridge b = p.bridge();
        switch (input) {
            case CallInput.Redirect r -> RedirectPhase.start(step, p, r);
            case CallInput.ForkProgress f when RedirectPhase.isNewFork(p, f.fork()) ->
                step.leg(f.fork(), new LegEvent.Provisional(f.earlyMedia()));
            case CallInput.ForkAnswered f when RedirectPhase.isNewFork(p, f.fork()) ->
                RedirectPhase.answered(step, p, f.fork());
            case CallInput.ForkRejected f when RedirectPhase.isNewFork(p, f.fork()) ->
                RedirectPhase.forkFailed(step, p, f.fork(), new LegEvent.Rejected(f.status()), f.status());
            case LegVanished v when RedirectPhase.isNewFork(p, v.leg()) ->
                RedirectPhase.forkFailed(step, p, v.leg(), CallMachine.lost(v), CallStatus.TEMPORARILY_UNAVAILABLE);
            case CallInput.RingTimeout _ when p.redirect() != null -> RedirectPhase.timedOut(step, p);
            case ByeReceived bye when b.contains(bye.leg()) -> {
                RedirectPhase.abandon(step, p);
                hangUp(step, b, bye.leg(), new LegEvent.ByeReceived(), EndCause.NORMAL_CLEARING);
            }
            case LegVanished v when b.contains(v.leg()) -> {
                RedirectPhase.abandon(step, p);
                hangUp(step, b, v.leg(), CallMachine.lost(v),
                    v.how() == CallInput.Vanish.NO_MEDIA ? EndCause.MEDIA_TIMEOUT : EndCause.LEG_VANISHED);
            }
            case Hold h when b.contains(h.by()) -> hold(step, p, h.by(), true);
            case Resume r when b.contains(r.by()) -> hold(step, p, r.by(), false);
            case Reoffer r when b.contains(r.by()) -> {
                if (step.leg(r.by(), new LegEvent.Reoffer())) {
                    step.act(new CallAction.RelayOffer(r.by(), b.other(r.by())));
                }
            }
            // the losing forks (487, late 2xx, BYE answered), re-INVITE answers on the bridged legs, strays
            case CallInput.ForkProgress _, CallInput.ForkAnswered _, CallInput.ForkRejected _, CallInput.LegClosed _,
                 CallInput.CallerCancelled _, CallInput.RingTimeout _, CallInput.Routed _, CallInput.RouteFailed _,
                 ByeReceived _, LegVanished _, Hold _, Resume _, Reoffer _ ->
                LegInputs.apply(step, input, "after the answer");
        }
    }

    /** BYE (or loss) on one bridged leg: BYE the other, and the call ends with {@code from}'s side recorded. */
    private static void hangUp(Step step, Bridge b, LegId from, LegEvent event, EndCause cause) {
        if (!step.leg(from, event)) {
            return;
        }
        LegId other = b.other(from);
        step.act(new CallAction.HangUp(other));
        step.leg(other, new LegEvent.ByeSent());
        HangupSide side = step.isCaller(from) ? HangupSide.CALLER : HangupSide.CALLEE;
        CallMachine.finish(step, Outcome.answered(cause, side), b.callee());
    }

    /**
     * {@code by}'s offer that holds (or resumes) the other leg was accepted (RFC 3264 §8.4): the bridge records
     * who holds. Only an accepted offer changes the session: a refused re-INVITE leaves it as it was (RFC 3261
     * §14.1), so the offer itself came as {@link CallInput.Reoffer} and was relayed then.
     */
    private static void hold(Step step, Answered p, LegId by, boolean on) {
        Bridge b = p.bridge();
        if (!step.leg(by, on ? new LegEvent.Hold() : new LegEvent.Resume())) {
            return;
        }
        LegId other = b.other(by);
        Bridge next = on ? b.hold(by) : b.resume(by);
        if (!next.equals(b)) {
            CallId id = step.state().id();
            step.publish(on ? new CallEvent.Held(id, by, other, step.now())
                : new CallEvent.Resumed(id, by, other, step.now()));
            step.phase(new Answered(next, p.redirect()));
        }
    }
}
