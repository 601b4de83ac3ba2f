package org.centralino.core.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.event.EventBus;

/**
 * Where the registered devices of each extension are (RFC 3261 §10.3): bindings from an extension to its
 * contacts, in memory. Bindings live until they expire; {@link #purgeExpired()} removes the lapsed ones and
 * every read skips them. Updates of one extension are atomic (ConcurrentHashMap.compute).
 *
 * <p>When an extension's set of contacts changes (register, unregister, expiry swept by {@link #purgeExpired()},
 * deletion) a {@link RegistrationChanged} is published on the bus. Each change of one extension and its event
 * happen under that extension's stripe lock, so the events of one extension reach subscribers in the order of
 * the changes (a late event never overwrites a newer state). A lapsed binding counts as gone from the moment
 * reads skip it, but its event comes when an update or the periodic sweep removes it.
 */
public final class LocationService implements Registrations {
    /** Locks that order the change events of one extension; more stripes than busy REGISTER threads. */
    private static final int STRIPES = 64;
    private final ConcurrentMap<String, Map<String, Binding>> byExtension = new ConcurrentHashMap<>();
    private final Object[] stripes = new Object[STRIPES];
    private final Clock clock;
    private final EventBus events;

    /** A location service that tells nobody of its changes (tests of the registrar alone). */
    public LocationService(Clock clock) {
        this(clock, new EventBus());
    }

    /** @param events where {@link RegistrationChanged} is published */
    public LocationService(Clock clock, EventBus events) {
        this.clock = clock;
        this.events = events;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** A change to one extension's bindings, computed under that extension's lock. */
    @FunctionalInterface
    public interface Update {
        /** Mutates {@code contacts} (contact URI → binding, live ones only) or throws to abort. */
        void apply(Map<String, Binding> contacts);
    }

    /** Applies an update atomically and returns the extension's live bindings after it. */
    public List<Binding> update(String extension, Update update) {
        synchronized (stripe(extension)) {
            Instant now = clock.instant();
            boolean[] changed = {false};
            Map<String, Binding> after = byExtension.compute(extension, (ext, current) -> {
                Map<String, Binding> working = new LinkedHashMap<>();
                if (current != null) {
                    current.forEach((k, b) -> {
                        if (b.expiresAt().isAfter(now)) {
                            working.put(k, b);
                        }
                    });
                }
                update.apply(working);
                changed[0] = !contactsOf(current).equals(working.keySet());
                return working.isEmpty() ? null : working;
            });
            List<Binding> bindings = after == null ? List.of() : List.copyOf(after.values());
            if (changed[0]) {
                events.publish(new RegistrationChanged(extension, bindings));
            }
            return bindings;
        }
    }

    private static Set<String> contactsOf(Map<String, Binding> bindings) {
        return bindings == null ? Set.of() : bindings.keySet();
    }

    private Object stripe(String extension) {
        return stripes[Math.floorMod(extension.hashCode(), STRIPES)];
    }

    @Override
    public List<Binding> of(String extension) {
        Map<String, Binding> m = byExtension.get(extension);
        if (m == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Binding> out = new ArrayList<>(m.size());
        for (Binding b : m.values()) {
            if (b.expiresAt().isAfter(now)) {
                out.add(b);
            }
        }
        return out;
    }

    @Override
    public List<Binding> list() {
        Instant now = clock.instant();
        List<Binding> out = new ArrayList<>();
        byExtension.values().forEach(m -> m.values().forEach(b -> {
            if (b.expiresAt().isAfter(now)) {
                out.add(b);
            }
        }));
        out.sort(Comparator.comparing(Binding::extension).thenComparing(Binding::contact));
        return out;
    }

    /**
     * Keeps registrations in step with the directory: a deleted or disabled extension loses its devices at
     * once rather than when their registrations lapse.
     */
    public void followDirectory(EventBus events) {
        events.subscribe(DirectoryEvent.ExtensionDeleted.class, e -> removeAll(e.number()));
        events.subscribe(DirectoryEvent.ExtensionSaved.class, e -> {
            if (!e.extension().enabled()) {
                removeAll(e.extension().number());
            }
        });
    }

    /** Removes every binding of an extension (it was deleted). */
    public void removeAll(String extension) {
        synchronized (stripe(extension)) {
            if (byExtension.remove(extension) != null) {
                events.publish(new RegistrationChanged(extension, List.of()));
            }
        }
    }

    /** Drops lapsed bindings; returns how many. Called periodically by the registrar. */
    public int purgeExpired() {
        Instant now = clock.instant();
        int[] purged = {0};
        for (String ext : byExtension.keySet()) {
            synchronized (stripe(ext)) {
                int before = purged[0];
                Map<String, Binding> after = byExtension.computeIfPresent(ext, (k, m) -> {
                    // a new map, never a mutation: readers iterate the old one without locks
                    Map<String, Binding> live = new LinkedHashMap<>();
                    m.forEach((contact, b) -> {
                        if (b.expiresAt().isAfter(now)) {
                            live.put(contact, b);
                        } else {
                            purged[0]++;
                        }
                    });
                    return live.isEmpty() ? null : live;
                });
                if (purged[0] != before) {
                    List<Binding> left = after == null ? List.of() : List.copyOf(after.values());
                    events.publish(new RegistrationChanged(ext, left));
                }
            }
        }
        return purged[0];
    }

    /** How many live bindings there are in all. */
    public int size() {
        return list().size();
    }
}
