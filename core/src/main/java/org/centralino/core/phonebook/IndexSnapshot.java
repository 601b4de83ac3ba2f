package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable state of the in-memory phonebook index at a store generation: every contact by id and the
 * {@link Partition}s that searches and lookups walk (the shared contacts, the public ones, each owner's own). A
 * change builds the next snapshot from this one, rebuilding only the partitions it touches, each from its previous
 * members: editing one user's private contact does not re-sort the company phonebook.
 */
record IndexSnapshot(
    long generation,
    IdTable byId,
    Partition shared,
    Map<String, Partition> byOwner,
    Partition publics) {

    static final Comparator<IndexedContact> NAME_ORDER = Comparator.comparing(IndexedContact::sortKey)
        .thenComparing(e -> e.contact().id());
    /** Partition keys of the shared and public lists, which no username can be (usernames have no NUL). */
    private static final String SHARED = "\u0000shared";
    private static final String PUBLIC = "\u0000public";

    static IndexSnapshot empty() {
        return new IndexSnapshot(0, IdTable.EMPTY, Partition.EMPTY, Map.of(), Partition.EMPTY);
    }

    Partition ownedBy(String owner) {
        return byOwner.getOrDefault(owner, Partition.EMPTY);
    }

    /**
     * The next snapshot: {@code written} replace or add contacts, {@code deleted} ids go; with {@code full}, the
     * written contacts are all there is. The maps are new and never changed after this returns, so readers of this
     * snapshot and of the next never see each other's.
     */
    IndexSnapshot next(long newGeneration, boolean full, List<IndexedContact> written, List<String> deleted) {
        if (full) {
            return build(newGeneration, written);
        }
        Map<String, List<IndexedContact>> removed = new HashMap<>();
        Map<String, List<IndexedContact>> added = new HashMap<>();
        for (String id : deleted) {
            IndexedContact old = byId.get(id);
            if (old != null) {
                partitionsOf(old).forEach(p -> removed.computeIfAbsent(p, k -> new ArrayList<>()).add(old));
            }
        }
        for (IndexedContact e : written) {
            IndexedContact old = byId.get(e.contact().id());
            if (old != null) {
                partitionsOf(old).forEach(p -> removed.computeIfAbsent(p, k -> new ArrayList<>()).add(old));
            }
            partitionsOf(e).forEach(p -> added.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
        }
        Set<String> touched = new HashSet<>(removed.keySet());
        touched.addAll(added.keySet());
        Map<String, Partition> owners = new HashMap<>(byOwner);
        Partition nextShared = shared;
        Partition nextPublics = publics;
        for (String p : touched) {
            Partition before = p.equals(SHARED) ? shared : p.equals(PUBLIC) ? publics : ownedBy(p);
            Partition after = before.with(removed.getOrDefault(p, List.of()), added.getOrDefault(p, List.of()));
            if (p.equals(SHARED)) {
                nextShared = after;
            } else if (p.equals(PUBLIC)) {
                nextPublics = after;
            } else if (after.entries().length == 0) {
                owners.remove(p);
            } else {
                owners.put(p, after);
            }
        }
        return new IndexSnapshot(newGeneration, byId.with(written, deleted), nextShared,
            Collections.unmodifiableMap(owners), nextPublics);
    }

    private static IndexSnapshot build(long generation, List<IndexedContact> all) {
        Map<String, IndexedContact> ids = new HashMap<>(all.size() * 2);
        Map<String, List<IndexedContact>> members = new HashMap<>();
        for (IndexedContact e : all) {
            ids.put(e.contact().id(), e);
            for (String p : partitionsOf(e)) {
                members.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Partition> owners = new HashMap<>();
        members.forEach((p, list) -> {
            if (!p.equals(SHARED) && !p.equals(PUBLIC)) {
                owners.put(p, Partition.of(list));
            }
        });
        return new IndexSnapshot(generation, IdTable.of(ids),
            Partition.of(members.getOrDefault(SHARED, List.of())), Collections.unmodifiableMap(owners),
            Partition.of(members.getOrDefault(PUBLIC, List.of())));
    }

    /** The shared list, or the owner's list and, for a public contact, the public list too. */
    private static List<String> partitionsOf(IndexedContact e) {
        Contact c = e.contact();
        return switch (c.visibility()) {
            case SHARED -> List.of(SHARED);
            case PUBLIC -> List.of(c.owner(), PUBLIC);
            case PRIVATE, SPEEDDIAL -> List.of(c.owner());
        };
    }
}
