package org.centralino.core.presence;

import java.util.Objects;
import org.centralino.core.call.LegId;

/** What can happen to one extension that may change its presence; the inputs of {@link PresenceMachine}. */
public sealed interface PresenceInput {
    /** Its set of registered contacts changed; {@code registered}: at least one is left. */
    record Registration(boolean registered) implements PresenceInput {
    }

    /** DND was switched on or off. */
    record Dnd(boolean on) implements PresenceInput {
    }

    /** One of its legs started ringing, was answered, or is a call it makes. */
    record LegActive(LegId leg, LegActivity activity) implements PresenceInput {
        public LegActive {
            Objects.requireNonNull(leg, "leg");
            Objects.requireNonNull(activity, "activity");
        }
    }

    /** One of its legs is over (ended, or being hung up). */
    record LegGone(LegId leg) implements PresenceInput {
        public LegGone {
            Objects.requireNonNull(leg, "leg");
        }
    }
}
