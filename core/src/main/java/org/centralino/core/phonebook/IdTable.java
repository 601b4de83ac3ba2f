package org.centralino.core.phonebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Contacts by id for the index, immutable: a large base map plus the small overlay of what changed since it was
 * built, so that a snapshot after one change costs a copy of the overlay, not of 50,000 entries. The overlay is
 * folded into a new base when it grows past {@value #COMPACT_AT} ids.
 */
final class IdTable {
    static final int COMPACT_AT = 2048;
    static final IdTable EMPTY = new IdTable(Map.of(), Map.of(), Set.of(), 0);

    private final Map<String, IndexedContact> base;
    private final Map<String, IndexedContact> overlay;
    private final Set<String> removed;
    private final int size;

    private IdTable(Map<String, IndexedContact> base, Map<String, IndexedContact> overlay, Set<String> removed,
                    int size) {
        this.base = base;
        this.overlay = overlay;
        this.removed = removed;
        this.size = size;
    }

    static IdTable of(Map<String, IndexedContact> all) {
        return new IdTable(all, Map.of(), Set.of(), all.size());
    }

    IndexedContact get(String id) {
        IndexedContact e = overlay.get(id);
        if (e != null || removed.contains(id)) {
            return e;
        }
        return base.get(id);
    }

    int size() {
        return size;
    }

    /** Whether {@code id} is in the table made of the base with overlay {@code o} and removals {@code r}. */
    private boolean present(Map<String, IndexedContact> o, Set<String> r, String id) {
        return o.containsKey(id) || !r.contains(id) && base.containsKey(id);
    }

    /** This table with {@code written} put and {@code deleted} removed. */
    IdTable with(Iterable<IndexedContact> written, Iterable<String> deleted) {
        Map<String, IndexedContact> o = new HashMap<>(overlay);
        Set<String> r = new HashSet<>(removed);
        int n = size;
        for (String id : deleted) {
            if (present(o, r, id)) {
                n--;
            }
            o.remove(id);
            r.add(id);
        }
        for (IndexedContact e : written) {
            String id = e.contact().id();
            if (!present(o, r, id)) {
                n++;
            }
            o.put(id, e);
            r.remove(id);
        }
        if (o.size() + r.size() <= COMPACT_AT) {
            return new IdTable(base, o, r, n);
        }
        Map<String, IndexedContact> all = new HashMap<>(base);
        all.keySet().removeAll(r);
        all.putAll(o);
        return of(all);
    }
}
