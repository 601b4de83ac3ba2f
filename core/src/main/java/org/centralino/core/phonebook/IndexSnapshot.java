package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable state of the in-memory phonebook index at a store generation: every contact by id, the shared
 * ones, each owner's own, the public ones (each list in name order, so a search walks them and stops at its limit
 * with the results already sorted), and every number filed under its {@link PhoneNumbers#tailKey}.
 */
record IndexSnapshot(
    long generation,
    Map<String, IndexedContact> byId,
    IndexedContact[] shared,
    Map<String, IndexedContact[]> byOwner,
    IndexedContact[] publics,
    Map<String, List<IndexedContact>> byTail) {

    static final Comparator<IndexedContact> NAME_ORDER = Comparator.comparing(IndexedContact::sortKey)
        .thenComparing(e -> e.contact().id());
    private static final IndexedContact[] NONE = new IndexedContact[0];

    static IndexSnapshot empty() {
        return new IndexSnapshot(0, Map.of(), NONE, Map.of(), NONE, Map.of());
    }

    /** The lists and tail map built from {@code byId}. */
    static IndexSnapshot build(long generation, Map<String, IndexedContact> byId) {
        List<IndexedContact> shared = new ArrayList<>();
        List<IndexedContact> publics = new ArrayList<>();
        Map<String, List<IndexedContact>> owned = new HashMap<>();
        Map<String, List<IndexedContact>> byTail = new HashMap<>(byId.size() * 3);
        for (IndexedContact e : byId.values()) {
            Contact c = e.contact();
            if (c.visibility() == ContactVisibility.SHARED) {
                shared.add(e);
            } else {
                owned.computeIfAbsent(c.owner(), o -> new ArrayList<>()).add(e);
                if (c.visibility() == ContactVisibility.PUBLIC) {
                    publics.add(e);
                }
            }
            for (String s : e.significant()) {
                List<IndexedContact> bucket = byTail.computeIfAbsent(PhoneNumbers.tailKey(s), k -> new ArrayList<>(1));
                if (!bucket.contains(e)) {
                    bucket.add(e);
                }
            }
        }
        Map<String, IndexedContact[]> byOwner = new HashMap<>();
        owned.forEach((owner, list) -> byOwner.put(owner, sorted(list)));
        return new IndexSnapshot(generation, Map.copyOf(byId), sorted(shared), Map.copyOf(byOwner), sorted(publics),
            byTail);
    }

    private static IndexedContact[] sorted(List<IndexedContact> list) {
        IndexedContact[] a = list.toArray(NONE);
        Arrays.sort(a, NAME_ORDER);
        return a;
    }

    IndexedContact[] ownedBy(String owner) {
        return byOwner.getOrDefault(owner, NONE);
    }

    /** The contacts with a number whose tail is that of {@code significant} (candidates for a lookup). */
    List<IndexedContact> candidates(String significant) {
        return byTail.getOrDefault(PhoneNumbers.tailKey(significant), List.of());
    }
}
