package org.centralino.core.call;

import java.util.List;

/**
 * The outcome of one leg event: the next state, what to do, and {@code ignored}: why the event was not legal
 * in the state it arrived in (null for a legal transition; the state is then unchanged and nothing is done).
 */
public record LegTransition(LegState state, List<LegAction> actions, String ignored) {
    public LegTransition {
        actions = List.copyOf(actions);
    }

    static LegTransition to(LegState state, LegAction... actions) {
        return new LegTransition(state, List.of(actions), null);
    }

    static LegTransition illegal(LegState state, String why) {
        return new LegTransition(state, List.of(), why);
    }
}
