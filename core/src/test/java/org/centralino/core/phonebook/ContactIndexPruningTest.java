package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.centralino.core.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Pruning the deletions: a node whose index is older than the newest forgotten deletion reloads every contact
 * instead of keeping a contact another node deleted; a node that kept up still gets deltas.
 */
class ContactIndexPruningTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryContactStore store = new InMemoryContactStore(clock);
    final ContactDeletionPruning pruning = new ContactDeletionPruning(store, clock);
    int next;

    Contact shared(String last) {
        String id = String.format("00000000-0000-4000-8000-%012d", ++next);
        return store.create(new Contact(id, "pm", ContactVisibility.SHARED, new ContactFields(null, last, null, null,
            null, "06 123" + next, null, null, null, null), 1, Instant.EPOCH, Instant.EPOCH));
    }

    static String[] sharedIds(ContactIndex index) {
        return Arrays.stream(index.current().shared().entries()).map(e -> e.contact().id()).sorted()
            .toArray(String[]::new);
    }

    @Test
    void aStaleNodeReloadsAfterPruningAndConvergesToTheStore() {
        Contact a = shared("Rossi");
        Contact b = shared("Bianchi");
        ContactIndex stale = new ContactIndex(store, PhoneNumbers.italy());
        assertThat(stale.size()).isEqualTo(2); // then this node reads nothing for more than a day
        store.delete(a.id(), null);
        clock.advance(Duration.ofHours(1));
        ContactIndex current = new ContactIndex(store, PhoneNumbers.italy());
        assertThat(current.size()).isEqualTo(1);
        clock.advance(ContactDeletionPruning.RETENTION);
        store.delete(b.id(), null); // within the retention: kept
        Contact c = shared("Conti");
        long currentAt = current.current().generation();
        Contact d = shared("Neri");

        assertThat(pruning.prune()).as("a's deletion, older than a day").isEqualTo(1);
        assertThat(pruning.prune()).as("nothing more is old enough").isZero();
        assertThat(store.changesSince(2).full()).as("the stale node is behind the forgotten deletion").isTrue();
        assertThat(stale.size()).isEqualTo(2);
        assertThat(sharedIds(stale)).containsExactly(c.id(), d.id());
        ContactChanges delta = store.changesSince(currentAt);
        assertThat(delta.full()).as("a node that kept up still gets a delta").isFalse();
        assertThat(delta.written()).extracting(Contact::id).containsExactly(d.id());
        assertThat(sharedIds(current)).containsExactly(c.id(), d.id());
    }

    @Test
    void deletionsWithinTheRetentionAreKeptAsDeltas() {
        Contact a = shared("Rossi");
        ContactIndex index = new ContactIndex(store, PhoneNumbers.italy());
        assertThat(index.size()).isEqualTo(1);
        store.delete(a.id(), null);
        clock.advance(ContactDeletionPruning.RETENTION.minusMinutes(1));
        assertThat(pruning.prune()).isZero();
        ContactChanges delta = store.changesSince(1);
        assertThat(delta.full()).isFalse();
        assertThat(delta.deleted()).containsExactly(a.id());
        assertThat(index.size()).isZero();
    }
}
