package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The stored phonebooks in memory, for search and caller lookup: scanning 50,000 contacts' prepared words and
 * digits takes a few milliseconds, while "digits anywhere in a number" and "word prefix, accents ignored" have no
 * index SQLite and PostgreSQL share (see bench/results/README.md, "Phonebook search").
 *
 * <p>Correct on a cluster: the database stays the truth. Before it answers, {@link #current()} asks the store for
 * its generation (one indexed row read); when another node, or this one, has committed since, it fetches just the
 * contacts written and the ids deleted after the generation it holds ({@link ContactStore#changesSince}) and builds
 * a new immutable snapshot. Readers never lock and never see a half-applied change; a burst of writes costs one
 * rebuild, at the next read.
 */
public final class ContactIndex {
    private final ContactStore store;
    private final PhoneNumbers plan;
    private final ReentrantLock refresh = new ReentrantLock();
    private volatile IndexSnapshot snapshot = IndexSnapshot.empty();

    public ContactIndex(ContactStore store, PhoneNumbers plan) {
        this.store = Objects.requireNonNull(store, "store");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The snapshot at the store's current generation, catching up first when the store has moved on. */
    IndexSnapshot current() {
        IndexSnapshot s = snapshot;
        long stored = store.generation();
        if (stored == s.generation()) {
            return s;
        }
        refresh.lock();
        try {
            s = snapshot;
            if (s.generation() != store.generation()) {
                s = apply(s, store.changesSince(s.generation()));
                snapshot = s;
            }
            return s;
        } finally {
            refresh.unlock();
        }
    }

    private IndexSnapshot apply(IndexSnapshot s, ContactChanges changes) {
        List<IndexedContact> written = new ArrayList<>(changes.written().size());
        for (Contact c : changes.written()) {
            written.add(IndexedContact.of(c, plan));
        }
        return s.next(changes.generation(), changes.full(), written, changes.deleted());
    }

    /** How many contacts the index holds now (after catching up). */
    public int size() {
        return current().byId().size();
    }
}
