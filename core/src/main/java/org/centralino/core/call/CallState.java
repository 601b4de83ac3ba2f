package org.centralino.core.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the call machine knows about one call: an immutable value, replaced at each transition, so the
 * API may read it from any thread while the call's lane moves it on. {@code from}/{@code to}: the caller's
 * extension and the dialled number; {@code forks} in the order they were started.
 */
public record CallState(CallId id, String from, String to, Leg caller, List<Leg> forks, CallPhase phase) {
    public CallState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(phase, "phase");
        forks = List.copyOf(forks);
    }

    public Optional<Leg> leg(LegId leg) {
        return legs().filter(l -> l.id().equals(leg)).findFirst();
    }

    public Stream<Leg> legs() {
        return Stream.concat(Stream.of(caller), forks.stream());
    }

    public boolean allLegsEnded() {
        return legs().allMatch(l -> l.state().isEnded());
    }

    CallState with(Leg leg) {
        if (leg.id().equals(caller.id())) {
            return new CallState(id, from, to, leg, forks, phase);
        }
        List<Leg> next = new ArrayList<>(forks);
        int at = forks.stream().map(Leg::id).toList().indexOf(leg.id());
        if (at < 0) {
            next.add(leg);
        } else {
            next.set(at, leg);
        }
        return new CallState(id, from, to, caller, next, phase);
    }

    CallState with(CallPhase next) {
        return new CallState(id, from, to, caller, forks, next);
    }
}
