package org.centralino.core.phonebook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link ContactStore} in memory with the generation semantics of the real one, for core tests. */
final class InMemoryContactStore implements ContactStore {
    private record Row(Contact contact, long seq) {
    }

    private record Deletion(long seq, Instant at) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Deletion> deleted = new LinkedHashMap<>();
    private final Clock clock;
    private long generation;
    private long prunedThrough;

    InMemoryContactStore() {
        this(Clock.systemUTC());
    }

    /** @param clock stamps deletions, for {@link #pruneDeletions} */
    InMemoryContactStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Contact> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(Row::contact);
    }

    @Override
    public synchronized ContactPage list(ContactQuery q) {
        List<Contact> all = rows.values().stream().map(Row::contact).filter(c -> switch (q.list()) {
            case ContactQuery.Scope.Shared s -> c.visibility() == ContactVisibility.SHARED;
            case ContactQuery.Scope.Public p -> c.visibility() == ContactVisibility.PUBLIC;
            case ContactQuery.Scope.OwnedBy o -> c.owner().equals(o.owner()) && c.visibility().personal();
        }).sorted(Comparator.comparing((Contact c) -> ContactCursor.sortKey(c.fields())).thenComparing(Contact::id))
            .toList();
        return new ContactPage(all.subList(0, Math.min(all.size(), q.limit())), null);
    }

    @Override
    public synchronized Contact create(Contact c) {
        rows.put(c.id(), new Row(c, ++generation));
        return c;
    }

    @Override
    public synchronized Optional<Contact> update(Contact c) {
        Row old = rows.get(c.id());
        if (old == null || old.contact().version() != c.version()) {
            return Optional.empty();
        }
        Contact saved = new Contact(c.id(), c.owner(), c.visibility(), c.fields(), c.version() + 1, c.createdAt(),
            c.updatedAt());
        rows.put(c.id(), new Row(saved, ++generation));
        return Optional.of(saved);
    }

    @Override
    public synchronized boolean delete(String id, Long expectedVersion) {
        Row old = rows.get(id);
        if (old == null || expectedVersion != null && old.contact().version() != expectedVersion) {
            return false;
        }
        rows.remove(id);
        deleted.put(id, new Deletion(++generation, clock.instant()));
        return true;
    }

    @Override
    public synchronized Set<String> saveAll(List<Contact> creates, List<Contact> updates) {
        long seq = ++generation;
        creates.forEach(c -> rows.put(c.id(), new Row(c, seq)));
        Set<String> lost = new HashSet<>();
        for (Contact c : updates) {
            Row old = rows.get(c.id());
            if (old == null || old.contact().version() != c.version()) {
                lost.add(c.id());
            } else {
                rows.put(c.id(), new Row(new Contact(c.id(), c.owner(), c.visibility(), c.fields(), c.version() + 1,
                    c.createdAt(), c.updatedAt()), seq));
            }
        }
        return lost;
    }

    @Override
    public synchronized long generation() {
        return generation;
    }

    @Override
    public synchronized ContactChanges changesSince(long since) {
        List<Contact> written = new ArrayList<>();
        boolean full = since <= 0 || since < prunedThrough;
        rows.values().stream().filter(r -> full || r.seq() > since).forEach(r -> written.add(r.contact()));
        List<String> gone = full ? List.of() : deleted.entrySet().stream().filter(e -> e.getValue().seq() > since)
            .map(Map.Entry::getKey).toList();
        return new ContactChanges(generation, full, written, gone);
    }

    @Override
    public synchronized int pruneDeletions(Instant deletedBefore) {
        long through = deleted.values().stream().filter(d -> d.at().isBefore(deletedBefore))
            .mapToLong(Deletion::seq).max().orElse(0);
        int before = deleted.size();
        deleted.values().removeIf(d -> d.seq() <= through);
        prunedThrough = Math.max(prunedThrough, through);
        return before - deleted.size();
    }
}
