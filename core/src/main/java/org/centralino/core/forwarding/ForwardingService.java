package org.centralino.core.forwarding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.event.EventBus;
import org.centralino.core.presence.DndChanged;
import org.centralino.core.version.ExpectedVersion;

/**
 * The use cases on DND and call forwarding (F3, F4): read an extension's settings, change them. Every change is
 * a compare-and-set on the version, so two writers (the portal and a phone code, two cluster nodes) cannot lose
 * one another's change. After a change commits, {@link ForwardingChanged} is published and, when DND flipped,
 * {@link DndChanged}.
 *
 * <p>The PBX does not act on these settings yet: the call features read them through {@link #settings}.
 */
public final class ForwardingService {
    /** Lost compare-and-set races (writers on other nodes) tolerated before a change without a version gives up. */
    static final int MAX_ATTEMPTS = 5;

    private final ForwardingStore store;
    private final ExtensionService extensions;
    private final Clock clock;
    private final EventBus events;
    /** Serialises this node's read-modify-write, so only writers on other nodes can make the CAS fail. */
    private final ReentrantLock patchLock = new ReentrantLock();

    public ForwardingService(ForwardingStore store, ExtensionService extensions, Clock clock, EventBus events) {
        this.store = Objects.requireNonNull(store, "store");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Publishes {@code DndChanged(number, true)} for every extension with DND on: called once at start, after
     * presence subscribed, because the change events that set DND were published by an earlier run.
     */
    public void announceDnd() {
        store.withDnd().forEach(number -> events.publish(new DndChanged(number, true)));
    }

    /**
     * The settings of extension {@code number}; the defaults (version 0) when nobody changed them.
     *
     * @throws org.centralino.core.directory.UnknownExtensionException when there is no such extension
     */
    public ForwardingSettings settings(String number) {
        extensions.get(Objects.requireNonNull(number, "number"));
        return current(number);
    }

    /**
     * Applies {@code patch}. The change is made only if the settings are still at a version {@code expected} allows
     * (the client's If-Match); {@link ExpectedVersion#any()} applies it to whatever is current.
     *
     * @throws org.centralino.core.directory.UnknownExtensionException when there is no such extension
     * @throws org.centralino.core.validation.ValidationException     naming every bad field
     * @throws StaleForwardingException                               when the version is not the expected one
     */
    public ForwardingSettings patch(String number, ForwardingPatch patch, ExpectedVersion expected) {
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(expected, "expected");
        patchLock.lock();
        try {
            ForwardingSettings cur = null;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Extension owner = extensions.get(number);
                cur = current(number);
                if (!expected.matches(cur.version())) {
                    throw new StaleForwardingException(number, cur.version());
                }
                ForwardingSettings next = ForwardingRules.apply(cur, patch, owner,
                    n -> extensions.find(n).isPresent());
                if (next.sameRules(cur)) {
                    return cur; // nothing changed: no write, no event, same version
                }
                Optional<ForwardingSettings> saved = store.save(next.withVersion(cur.version(), now()));
                if (saved.isPresent()) {
                    publish(cur, saved.get());
                    return saved.get();
                }
            }
            // another node kept winning; with an expected version the client must re-read anyway
            throw new StaleForwardingException(number, current(number).version());
        } finally {
            patchLock.unlock();
        }
    }

    private ForwardingSettings current(String number) {
        return store.find(number).orElseGet(() -> ForwardingSettings.defaults(number));
    }

    private void publish(ForwardingSettings before, ForwardingSettings after) {
        events.publish(new ForwardingChanged(after));
        if (before.dnd() != after.dnd()) {
            events.publish(new DndChanged(after.extension(), after.dnd()));
        }
    }

    /** Millisecond precision: what the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
