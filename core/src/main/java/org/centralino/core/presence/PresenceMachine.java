package org.centralino.core.presence;

import java.util.HashMap;
import java.util.Map;
import org.centralino.core.call.LegId;

/**
 * The presence of one extension as a pure function of its facts (DESIGN.md §2 "State machines"): {@link #next}
 * folds an input into the facts, {@link #state} reads the presence off them.
 *
 * <p>Precedence, highest first: <b>busy</b> (any call: the person is evidently there and talking, even with DND
 * on, or when the registration lapsed during the call) &gt; <b>ringing</b> (a device rings and there is no call;
 * a busy extension that also rings stays busy, since that is what a colleague needs to know before transferring)
 * &gt; <b>offline</b> (no device registered: DND does not matter when nothing can ring) &gt; <b>dnd</b> &gt;
 * <b>available</b>.
 */
public final class PresenceMachine {
    private PresenceMachine() {
    }

    /** The facts after {@code input}. */
    public static PresenceFacts next(PresenceFacts facts, PresenceInput input) {
        return switch (input) {
            case PresenceInput.Registration r -> new PresenceFacts(r.registered(), facts.dnd(), facts.legs());
            case PresenceInput.Dnd d -> new PresenceFacts(facts.registered(), d.on(), facts.legs());
            case PresenceInput.LegActive a -> withLeg(facts, a.leg(), a.activity());
            case PresenceInput.LegGone g -> withLeg(facts, g.leg(), null);
        };
    }

    /** The presence the facts show. */
    public static PresenceState state(PresenceFacts facts) {
        if (facts.has(LegActivity.BUSY)) {
            return PresenceState.BUSY;
        }
        if (facts.has(LegActivity.RINGING)) {
            return PresenceState.RINGING;
        }
        if (!facts.registered()) {
            return PresenceState.OFFLINE;
        }
        return facts.dnd() ? PresenceState.DND : PresenceState.AVAILABLE;
    }

    private static PresenceFacts withLeg(PresenceFacts facts, LegId leg, LegActivity activity) {
        Map<LegId, LegActivity> legs = new HashMap<>(facts.legs());
        if (activity == null) {
            legs.remove(leg);
        } else {
            legs.put(leg, activity);
        }
        return new PresenceFacts(facts.registered(), facts.dnd(), legs);
    }
}
