package org.centralino.core.phonebook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps the store's list of deleted contact ids small. That list is only there so a node's {@link ContactIndex},
 * which catches up at its next read, can drop what another node deleted; a node that has not read for
 * {@link #RETENTION} is rare (an idle standby), and it is not wrong after pruning either: the store tells it to
 * reload every contact instead ({@link ContactStore#changesSince}). Run it periodically (the server: hourly).
 */
public final class ContactDeletionPruning {
    /** How long deletions are listed: a day of deltas, after which a lagging node reloads fully. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private final ContactStore store;
    private final Clock clock;

    public ContactDeletionPruning(ContactStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Forgets deletions older than {@link #RETENTION}; returns how many. */
    public int prune() {
        return store.pruneDeletions(clock.instant().minus(RETENTION));
    }
}
