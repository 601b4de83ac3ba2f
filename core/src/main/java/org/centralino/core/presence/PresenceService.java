package org.centralino.core.presence;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.centralino.core.call.CallEvent;
import org.centralino.core.call.LegId;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.event.EventBus;
import org.centralino.core.registrar.RegistrationChanged;

/**
 * The presence of every extension, kept from what the bus tells: {@link RegistrationChanged} from the location
 * service, {@link CallEvent.LegChanged} from the calls, {@link DndChanged} from the forwarding feature. Publishes
 * a {@link PresenceChanged} when, and only when, an extension's {@link PresenceState} changes.
 *
 * <p>Events come from many threads (call lanes, the registrar, the web API); one lock orders them, and the
 * {@link PresenceChanged} is published under it, so the stream sees an extension's states in the order they
 * were computed. The work under the lock is a map update and, for a fork seen the first time, one lookup of its
 * extension ({@link CallParties}).
 */
public final class PresenceService {
    private final CallParties parties;
    private final Map<String, PresenceFacts> facts = new HashMap<>();
    /** The extension of every leg presence counts, from its first event until it is over. */
    private final Map<LegId, String> legOwners = new HashMap<>();
    private volatile EventBus bus;

    public PresenceService(CallParties parties) {
        this.parties = Objects.requireNonNull(parties, "parties");
    }

    /** Starts following the bus; {@link PresenceChanged} is published on the same bus. */
    public synchronized void subscribe(EventBus events) {
        if (bus != null) {
            throw new IllegalStateException("presence already follows an event bus");
        }
        bus = Objects.requireNonNull(events, "events");
        events.subscribe(RegistrationChanged.class, this::registration);
        events.subscribe(DndChanged.class, this::dnd);
        events.subscribe(CallEvent.LegChanged.class, this::leg);
        events.subscribe(DirectoryEvent.ExtensionDeleted.class, this::deleted);
    }

    /** The presence of {@code extension} now: {@link PresenceState#OFFLINE} for one nothing is known of. */
    public synchronized PresenceState of(String extension) {
        return PresenceMachine.state(facts.getOrDefault(extension, PresenceFacts.NONE));
    }

    /** Every extension presence knows something of, by number; any other is {@link PresenceState#OFFLINE}. */
    public synchronized Map<String, PresenceState> snapshot() {
        Map<String, PresenceState> out = new TreeMap<>();
        facts.forEach((number, f) -> out.put(number, PresenceMachine.state(f)));
        return out;
    }

    private synchronized void registration(RegistrationChanged e) {
        apply(e.extension(), new PresenceInput.Registration(e.registered()));
    }

    private synchronized void dnd(DndChanged e) {
        apply(e.extension(), new PresenceInput.Dnd(e.dnd()));
    }

    /** A deleted extension keeps no DND; its devices are dropped by the location service (their own event). */
    private synchronized void deleted(DirectoryEvent.ExtensionDeleted e) {
        apply(e.number(), new PresenceInput.Dnd(false));
    }

    private synchronized void leg(CallEvent.LegChanged e) {
        LegActivity activity = LegActivity.of(e.side(), e.state());
        String owner = legOwners.get(e.leg());
        if (activity == null) {
            if (owner != null) {
                legOwners.remove(e.leg());
                apply(owner, new PresenceInput.LegGone(e.leg()));
            }
            return;
        }
        if (owner == null) {
            owner = parties.extensionOf(e.call(), e.leg()).orElse(null);
            if (owner == null) {
                return; // an application's leg, or a device that unregistered meanwhile: no extension to show
            }
            legOwners.put(e.leg(), owner);
        }
        apply(owner, new PresenceInput.LegActive(e.leg(), activity));
    }

    private void apply(String extension, PresenceInput input) {
        PresenceFacts before = facts.getOrDefault(extension, PresenceFacts.NONE);
        PresenceFacts after = PresenceMachine.next(before, input);
        if (after.isEmpty()) {
            facts.remove(extension);
        } else {
            facts.put(extension, after);
        }
        PresenceState was = PresenceMachine.state(before);
        PresenceState now = PresenceMachine.state(after);
        if (was != now && bus != null) {
            bus.publish(new PresenceChanged(extension, now));
        }
    }
}
