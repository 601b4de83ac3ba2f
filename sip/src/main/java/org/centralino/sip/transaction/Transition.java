package org.centralino.sip.transaction;

import java.util.List;

/**
 * The outcome of one event: the new state and what to do. {@code ignored} carries why an event was not legal
 * in the state it arrived in (the runtime logs it); it is null for a legal transition.
 */
public record Transition<S>(S state, List<TxAction> actions, String ignored) {
    public static <S> Transition<S> stay(S state) {
        return new Transition<>(state, List.of(), null);
    }

    public static <S> Transition<S> to(S state, TxAction... actions) {
        return new Transition<>(state, List.of(actions), null);
    }

    public static <S> Transition<S> illegal(S state, String why) {
        return new Transition<>(state, List.of(), why);
    }
}
