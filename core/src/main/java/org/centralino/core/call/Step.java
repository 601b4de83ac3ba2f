package org.centralino.core.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The working copy of one call transition: the call machine applies leg events and collects actions here, then
 * {@link #done()} gives the transition. Local to one {@code next} call, so the machine stays pure.
 */
final class Step {
    private final CallState before;
    private final Instant now;
    private final List<CallAction> actions = new ArrayList<>();
    private CallState state;
    private String ignored;

    Step(CallState before, Instant now) {
        this.before = before;
        this.state = before;
        this.now = now;
    }

    CallState state() {
        return state;
    }

    Instant now() {
        return now;
    }

    LegId caller() {
        return state.caller().id();
    }

    boolean isCaller(LegId leg) {
        return caller().equals(leg);
    }

    boolean isFork(LegId leg) {
        return state.forks().stream().anyMatch(l -> l.id().equals(leg));
    }

    void phase(CallPhase next) {
        state = state.with(next);
    }

    void act(CallAction action) {
        actions.add(action);
    }

    void publish(CallEvent event) {
        actions.add(new CallAction.Publish(event));
    }

    void ignore(String why) {
        if (ignored == null) {
            ignored = why;
        }
    }

    void addLeg(Leg leg) {
        state = state.with(leg);
    }

    /**
     * Applies {@code event} to a leg: its new state, a {@link CallEvent.LegChanged} if the state changed, and
     * its own actions. An illegal leg event makes the whole input illegal; returns whether it was legal.
     */
    boolean leg(LegId id, LegEvent event) {
        Optional<Leg> found = state.leg(id);
        if (found.isEmpty()) {
            ignore("no leg " + id + " in call " + state.id());
            return false;
        }
        Leg leg = found.get();
        LegTransition t = LegMachine.next(leg.state(), event);
        if (t.ignored() != null) {
            ignore("leg " + id + ": " + t.ignored());
            return false;
        }
        if (!t.state().equals(leg.state())) {
            state = state.with(leg.with(t.state()));
            publish(new CallEvent.LegChanged(state.id(), id, leg.side(), t.state(), now));
        }
        for (LegAction a : t.actions()) {
            act(switch (a) {
                case LegAction.AcceptAnswer _ -> new CallAction.Acknowledge(id);
                case LegAction.HangUp _ -> new CallAction.HangUp(id);
            });
        }
        return true;
    }

    CallTransition done() {
        return ignored != null ? CallTransition.illegal(before, ignored) : new CallTransition(state, actions, null);
    }
}
