package org.centralino.core.call;

import java.util.Objects;

/** The phase of a call as a whole: {@code Routing → Ringing → Answered → Ending → Ended}. */
public sealed interface CallPhase {

    /** Leg A exists; the dialling plan has not yet said whom to ring. */
    record Routing() implements CallPhase {
    }

    /**
     * The forks are out. {@code provisionalSent}: the caller already got a 180 or 183; {@code earlyMediaFrom}:
     * the fork whose early media the caller hears, or null.
     */
    record Ringing(boolean provisionalSent, LegId earlyMediaFrom) implements CallPhase {
    }

    /**
     * The bridged legs talk. {@code redirect}: the callee is handing the caller over to new forks that ring now
     * ({@link CallInput.Redirect}); null otherwise.
     */
    record Answered(Bridge bridge, Redirecting redirect) implements CallPhase {
        public Answered(Bridge bridge) {
            this(bridge, null);
        }
    }

    /** A hand-over in progress: {@code by} is the callee leaving, {@code forks} the legs ringing to replace it. */
    record Redirecting(LegId by, java.util.List<LegId> forks) {
        public Redirecting {
            Objects.requireNonNull(by, "by");
            forks = java.util.List.copyOf(forks);
        }
    }

    /** The outcome is known and published; some legs are still closing (CANCEL or BYE not yet confirmed). */
    record Ending(Outcome outcome) implements CallPhase {
        public Ending {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Every leg has ended: the call holds nothing and leaves the registry. */
    record Ended(Outcome outcome) implements CallPhase {
        public Ended {
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
