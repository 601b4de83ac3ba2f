package org.centralino.core.call;


import java.util.Objects;

/**
 * One leg of a call. {@code side}: {@link LegSide#CALLER} for leg A, {@link LegSide#CALLEE} for a fork;
 * {@code target}: who the leg reaches (the caller's extension, or a callee contact), for display only.
 */
public record Leg(LegId id, LegSide side, String target, LegState state) {
    public Leg {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(state, "state");
    }

    Leg with(LegState next) {
        return new Leg(id, side, target, next);
    }
}
