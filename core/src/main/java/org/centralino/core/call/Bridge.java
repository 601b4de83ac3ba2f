package org.centralino.core.call;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The two legs whose media are joined once a call is answered, and which of them holds the other. Only the
 * pairing: anchoring the media (RTP sessions, music on hold) is the B2BUA's concern.
 */
public record Bridge(LegId caller, LegId callee, Set<LegId> holding) {
    public Bridge {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callee, "callee");
        holding = Set.copyOf(holding);
    }

    static Bridge of(LegId caller, LegId callee) {
        return new Bridge(caller, callee, Set.of());
    }

    public boolean contains(LegId leg) {
        return caller.equals(leg) || callee.equals(leg);
    }

    /** The leg at the other end from {@code leg}. */
    public LegId other(LegId leg) {
        return caller.equals(leg) ? callee : caller;
    }

    public boolean isHeld() {
        return !holding.isEmpty();
    }

    Bridge hold(LegId by) {
        return new Bridge(caller, callee, Stream.concat(holding.stream(), Stream.of(by)).collect(Collectors.toSet()));
    }

    Bridge resume(LegId by) {
        return new Bridge(caller, callee, holding.stream().filter(l -> !l.equals(by)).collect(Collectors.toSet()));
    }
}
