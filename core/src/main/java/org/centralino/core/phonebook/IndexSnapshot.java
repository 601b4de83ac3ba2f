package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable state of the in-memory phonebook index at a store generation: every contact by id, the
 * {@link Partition}s searches walk (the shared contacts, the public ones, each owner's own) and every number filed
 * under its {@link PhoneNumbers#tailKey} for caller lookup. A change builds the next snapshot from this one,
 * rebuilding only the partitions it touches: editing one user's private contact does not re-sort the company
 * phonebook.
 */
record IndexSnapshot(
    long generation,
    Map<String, IndexedContact> byId,
    Partition shared,
    Map<String, Partition> byOwner,
    Partition publics,
    Map<String, List<IndexedContact>> byTail) {

    static final Comparator<IndexedContact> NAME_ORDER = Comparator.comparing(IndexedContact::sortKey)
        .thenComparing(e -> e.contact().id());
    /** A partition key for the shared and public lists, which no username can be (usernames have no NUL). */
    private static final String SHARED = "\u0000shared";
    private static final String PUBLIC = "\u0000public";

    static IndexSnapshot empty() {
        return new IndexSnapshot(0, Map.of(), Partition.EMPTY, Map.of(), Partition.EMPTY, Map.of());
    }

    Partition ownedBy(String owner) {
        return byOwner.getOrDefault(owner, Partition.EMPTY);
    }

    /** The contacts with a number whose tail is that of {@code significant} (candidates for a lookup). */
    List<IndexedContact> candidates(String significant) {
        return byTail.getOrDefault(PhoneNumbers.tailKey(significant), List.of());
    }

    /** The next snapshot: {@code written} replace or add contacts, {@code deleted} ids go; everything when full. */
    IndexSnapshot next(long newGeneration, boolean full, List<IndexedContact> written, List<String> deleted) {
        Map<String, IndexedContact> ids = full ? new HashMap<>() : new HashMap<>(byId);
        Map<String, List<IndexedContact>> tails = full ? new HashMap<>() : new HashMap<>(byTail);
        Set<String> touched = new HashSet<>();
        List<IndexedContact> gone = new ArrayList<>();
        for (String id : deleted) {
            IndexedContact old = ids.remove(id);
            if (old != null) {
                gone.add(old);
            }
        }
        for (IndexedContact e : written) {
            IndexedContact old = ids.put(e.contact().id(), e);
            if (old != null) {
                gone.add(old);
            }
            touched.addAll(partitionsOf(e));
        }
        gone.forEach(old -> touched.addAll(partitionsOf(old)));
        gone.forEach(old -> untail(tails, old));
        written.forEach(e -> tail(tails, e));
        if (full) {
            return build(newGeneration, ids, tails);
        }
        Map<String, List<IndexedContact>> members = new HashMap<>();
        touched.forEach(p -> members.put(p, new ArrayList<>()));
        for (IndexedContact e : ids.values()) {
            for (String p : partitionsOf(e)) {
                List<IndexedContact> list = members.get(p);
                if (list != null) {
                    list.add(e);
                }
            }
        }
        Map<String, Partition> owners = new HashMap<>(byOwner);
        members.forEach((p, list) -> {
            if (!p.equals(SHARED) && !p.equals(PUBLIC)) {
                if (list.isEmpty()) {
                    owners.remove(p);
                } else {
                    owners.put(p, Partition.of(list));
                }
            }
        });
        return new IndexSnapshot(newGeneration, Map.copyOf(ids),
            members.containsKey(SHARED) ? Partition.of(members.get(SHARED)) : shared, Map.copyOf(owners),
            members.containsKey(PUBLIC) ? Partition.of(members.get(PUBLIC)) : publics, tails);
    }

    private static IndexSnapshot build(long generation, Map<String, IndexedContact> ids,
                                       Map<String, List<IndexedContact>> tails) {
        Map<String, List<IndexedContact>> members = new HashMap<>();
        for (IndexedContact e : ids.values()) {
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
        return new IndexSnapshot(generation, Map.copyOf(ids), Partition.of(members.getOrDefault(SHARED, List.of())),
            Map.copyOf(owners), Partition.of(members.getOrDefault(PUBLIC, List.of())), tails);
    }

    /** The shared list, or the owner's list and, for a public contact, the public list. */
    private static List<String> partitionsOf(IndexedContact e) {
        Contact c = e.contact();
        return switch (c.visibility()) {
            case SHARED -> List.of(SHARED);
            case PUBLIC -> List.of(c.owner(), PUBLIC);
            case PRIVATE, SPEEDDIAL -> List.of(c.owner());
        };
    }

    /** Buckets are copied on write: the previous snapshot's lists stay as they were for its readers. */
    private static void tail(Map<String, List<IndexedContact>> tails, IndexedContact e) {
        for (String s : e.significant()) {
            String key = PhoneNumbers.tailKey(s);
            List<IndexedContact> bucket = new ArrayList<>(tails.getOrDefault(key, List.of()));
            if (!bucket.contains(e)) {
                bucket.add(e);
                tails.put(key, List.copyOf(bucket));
            }
        }
    }

    private static void untail(Map<String, List<IndexedContact>> tails, IndexedContact e) {
        for (String s : e.significant()) {
            String key = PhoneNumbers.tailKey(s);
            List<IndexedContact> bucket = tails.get(key);
            if (bucket != null) {
                List<IndexedContact> rest = new ArrayList<>(bucket);
                rest.remove(e);
                if (rest.isEmpty()) {
                    tails.remove(key);
                } else {
                    tails.put(key, List.copyOf(rest));
                }
            }
        }
    }
}
