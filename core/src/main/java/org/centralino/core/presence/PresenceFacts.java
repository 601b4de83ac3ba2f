package org.centralino.core.presence;

import java.util.Map;
import java.util.Objects;
import org.centralino.core.call.LegId;

/**
 * Everything presence knows about one extension: an immutable value replaced by {@link PresenceMachine#next}.
 *
 * @param legs the extension's legs that are not over, each ringing or busy (several calls count separately)
 */
public record PresenceFacts(boolean registered, boolean dnd, Map<LegId, LegActivity> legs) {
    /** An extension nothing is known of: no device, no DND, no call. */
    public static final PresenceFacts NONE = new PresenceFacts(false, false, Map.of());

    public PresenceFacts {
        legs = Map.copyOf(Objects.requireNonNull(legs, "legs"));
    }

    /** Whether these facts say nothing more than {@link #NONE} (an extension that need not be remembered). */
    public boolean isEmpty() {
        return equals(NONE);
    }

    boolean has(LegActivity activity) {
        return legs.containsValue(activity);
    }
}
