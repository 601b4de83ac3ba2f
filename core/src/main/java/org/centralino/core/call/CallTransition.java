package org.centralino.core.call;

import java.util.List;

/**
 * The outcome of one call input: the next state, the actions in order, and {@code ignored}: why the input was
 * not legal (null for a legal one; the state is then unchanged, nothing is done, and the runtime logs it).
 */
public record CallTransition(CallState state, List<CallAction> actions, String ignored) {
    public CallTransition {
        actions = List.copyOf(actions);
    }

    static CallTransition illegal(CallState state, String why) {
        return new CallTransition(state, List.of(), why);
    }
}
