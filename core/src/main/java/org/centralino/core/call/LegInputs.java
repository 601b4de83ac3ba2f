package org.centralino.core.call;

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

/**
 * Call inputs that concern only one leg's bookkeeping: once the call's fate no longer depends on them (a
 * cancelled fork's 487 or late 2xx, the answer to our BYE) they go straight to {@link LegMachine}.
 */
final class LegInputs {
    private LegInputs() {
    }

    /** Applies {@code input} to its leg; false, with the input ignored, if it names no leg or is illegal there. */
    static boolean apply(Step step, CallInput input, String where) {
        return switch (input) {
            case ForkProgress f -> step.leg(f.fork(), new LegEvent.Provisional(f.earlyMedia()));
            case ForkAnswered f -> step.leg(f.fork(), new LegEvent.Answered());
            case ForkRejected f -> step.leg(f.fork(), new LegEvent.Rejected(f.status()));
            case CallerCancelled _ -> step.leg(step.caller(), new LegEvent.CancelReceived());
            case ByeReceived b -> step.leg(b.leg(), new LegEvent.ByeReceived());
            case LegClosed c -> step.leg(c.leg(), new LegEvent.Closed());
            case LegVanished v -> step.leg(v.leg(), CallMachine.lost(v));
            case Hold h -> step.leg(h.by(), new LegEvent.Hold());
            case Resume r -> step.leg(r.by(), new LegEvent.Resume());
            case Reoffer r -> step.leg(r.by(), new LegEvent.Reoffer());
            case Routed _, RouteFailed _, RingTimeout _, CallInput.Redirect _ -> {
                step.ignore(input + " " + where);
                yield false;
            }
        };
    }
}
