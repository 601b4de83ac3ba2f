package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One list of the index (the shared phonebook, the public contacts, one owner's contacts) in name order, with its
 * words and digits laid out for scanning: every folded word of entry i, each after a {@value #WORD} mark, starts at
 * {@code nameStarts[i]} of one string, and every number's digits, each after a mark, at {@code numberStarts[i]} of
 * another. A word-prefix search is then one {@link String#indexOf} for "mark + prefix" over contiguous memory (the
 * JDK's vectorised search) instead of chasing 50,000 objects' pointers, and so is "digits anywhere in a number"
 * (digits never contain the mark, so a match never spans two numbers). Hits come in name order, so a search stops
 * at its limit with its results already sorted.
 */
final class Partition {
    static final char WORD = '\u0001';
    static final Partition EMPTY = of(new IndexedContact[0]);

    private final IndexedContact[] entries;
    private final String names;
    private final int[] nameStarts;
    private final String numbers;
    private final int[] numberStarts;
    /** Every number of the list filed under its {@link PhoneNumbers#tailKey}, for caller lookup. */
    private final Map<String, List<IndexedContact>> byTail;

    private Partition(IndexedContact[] entries, String names, int[] nameStarts, String numbers, int[] numberStarts,
                      Map<String, List<IndexedContact>> byTail) {
        this.entries = entries;
        this.names = names;
        this.nameStarts = nameStarts;
        this.numbers = numbers;
        this.numberStarts = numberStarts;
        this.byTail = byTail;
    }

    /** A partition of {@code list}, sorted here (TimSort: a nearly sorted list, as after a small change, is cheap). */
    static Partition of(List<IndexedContact> list) {
        return of(list.toArray(new IndexedContact[0]));
    }

    private static Partition of(IndexedContact[] a) {
        Arrays.sort(a, IndexSnapshot.NAME_ORDER);
        StringBuilder names = new StringBuilder(a.length * 24);
        StringBuilder numbers = new StringBuilder(a.length * 24);
        int[] nameStarts = new int[a.length + 1];
        int[] numberStarts = new int[a.length + 1];
        Map<String, List<IndexedContact>> byTail = new HashMap<>(a.length * 2);
        for (int i = 0; i < a.length; i++) {
            for (String s : a[i].significant()) {
                List<IndexedContact> bucket = byTail.computeIfAbsent(PhoneNumbers.tailKey(s), k -> new ArrayList<>(1));
                if (bucket.isEmpty() || bucket.getLast() != a[i]) {
                    bucket.add(a[i]);
                }
            }
            nameStarts[i] = names.length();
            numberStarts[i] = numbers.length();
            for (String w : a[i].words()) {
                names.append(WORD).append(w);
            }
            for (String d : a[i].digits()) {
                numbers.append(WORD).append(d);
            }
        }
        nameStarts[a.length] = names.length();
        numberStarts[a.length] = numbers.length();
        return new Partition(a, names.toString(), nameStarts, numbers.toString(), numberStarts, byTail);
    }

    IndexedContact[] entries() {
        return entries;
    }

    /** The entries with a number whose tail is that of {@code significant}: the candidates of a lookup. */
    List<IndexedContact> candidates(String significant) {
        return byTail.getOrDefault(PhoneNumbers.tailKey(significant), List.of());
    }

    /**
     * Adds to {@code out}, in name order and until it holds {@code limit}, the entries that match every term and
     * that {@code accept} admits. A query of digits drives the scan through the numbers; a name query through the
     * names with its longest word that is not all digits (the most selective), every candidate then checked whole;
     * a query of digit words only (as "rossi 06" without "rossi") is checked entry by entry.
     */
    void search(SearchTerms terms, Predicate<IndexedContact> accept, List<IndexedContact> out, int limit) {
        if (terms.numberDigits() != null) {
            scan(numbers, numberStarts, terms.numberDigits(), terms, accept, out, limit);
            return;
        }
        String driver = null;
        for (String w : terms.words()) {
            if (!SearchTerms.isDigits(w) && (driver == null || w.length() > driver.length())) {
                driver = w;
            }
        }
        if (driver == null) {
            for (IndexedContact e : entries) {
                if (out.size() >= limit) {
                    return;
                }
                if (e.matches(terms) && accept.test(e)) {
                    out.add(e);
                }
            }
            return;
        }
        scan(names, nameStarts, WORD + driver, terms, accept, out, limit);
    }

    private void scan(String text, int[] starts, String needle, SearchTerms terms, Predicate<IndexedContact> accept,
                      List<IndexedContact> out, int limit) {
        int from = 0;
        while (out.size() < limit) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return;
            }
            int i = entryAt(starts, at);
            IndexedContact e = entries[i];
            if (e.matches(terms) && accept.test(e)) {
                out.add(e);
            }
            from = starts[i + 1]; // the next entry: one hit per entry
        }
    }

    /** The entry whose text holds position {@code at}: the last start at or before it. */
    private static int entryAt(int[] starts, int at) {
        int i = Arrays.binarySearch(starts, 0, starts.length - 1, at);
        if (i < 0) {
            i = -i - 2;
        }
        // empty entries share a start with the next one: take the last entry starting there
        while (i + 1 < starts.length - 1 && starts[i + 1] == starts[i] && starts[i + 1] <= at) {
            i++;
        }
        return i;
    }
}
