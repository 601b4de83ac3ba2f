package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /**
     * Every number of the list for caller lookup, sorted: its {@link PhoneNumbers#tailKey} as a number (after a
     * leading 1, which keeps leading zeros apart) in the high half, the entry's position in the low half. A sorted
     * primitive array builds in milliseconds where a map of lists would allocate an object per number.
     */
    private final long[] tails;

    private Partition(IndexedContact[] entries, String names, int[] nameStarts, String numbers, int[] numberStarts,
                      long[] tails) {
        this.entries = entries;
        this.names = names;
        this.nameStarts = nameStarts;
        this.numbers = numbers;
        this.numberStarts = numberStarts;
        this.tails = tails;
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
        long[] tails = new long[a.length * 2];
        int tailCount = 0;
        for (int i = 0; i < a.length; i++) {
            for (String s : a[i].significant()) {
                if (tailCount == tails.length) {
                    tails = Arrays.copyOf(tails, tails.length * 2 + 4);
                }
                tails[tailCount++] = (long) tailNumber(s) << 32 | i;
            }
            nameStarts[i] = names.length();
            numberStarts[i] = numbers.length();
            appendText(a[i], names, numbers);
        }
        nameStarts[a.length] = names.length();
        numberStarts[a.length] = numbers.length();
        tails = Arrays.copyOf(tails, tailCount);
        Arrays.sort(tails);
        return new Partition(a, names.toString(), nameStarts, numbers.toString(), numberStarts, tails);
    }

    /**
     * This partition without {@code removed} (entries of it) and with {@code added}, built without walking the
     * unchanged entries' objects: the added ones find their places by binary search, and the text and lookup tails
     * of the others are copied from this partition in order (sequential memory, where touching 40,000 entries'
     * words would chase pointers for tens of milliseconds).
     */
    Partition with(List<IndexedContact> removed, List<IndexedContact> added) {
        int n = entries.length;
        boolean[] drop = new boolean[n];
        int dropped = 0;
        for (IndexedContact e : removed) {
            int at = Arrays.binarySearch(entries, e, IndexSnapshot.NAME_ORDER);
            if (at >= 0 && !drop[at]) {
                drop[at] = true;
                dropped++;
            }
        }
        IndexedContact[] add = added.toArray(new IndexedContact[0]);
        Arrays.sort(add, IndexSnapshot.NAME_ORDER);
        int[] insertAt = new int[add.length];
        for (int k = 0; k < add.length; k++) {
            int at = Arrays.binarySearch(entries, add[k], IndexSnapshot.NAME_ORDER);
            insertAt[k] = at >= 0 ? at : -at - 1; // an entry equal to one still here is also in removed
        }
        Merge m = new Merge(n - dropped + add.length, names.length(), numbers.length());
        int[] remap = new int[n];
        int k = 0;
        for (int j = 0; j <= n; j++) {
            for (; k < add.length && insertAt[k] == j; k++) {
                m.fresh(add[k]);
            }
            if (j < n) {
                remap[j] = drop[j] ? -1 : m.copy(this, j);
            }
        }
        return m.finish(remappedTails(remap));
    }

    /** This partition's tails with entry positions remapped (dropped ones left out); still sorted. */
    private long[] remappedTails(int[] remap) {
        long[] out = new long[tails.length];
        int count = 0;
        for (long t : tails) {
            int to = remap[(int) t];
            if (to >= 0) {
                out[count++] = t & 0xFFFF_FFFF_0000_0000L | to;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The next partition being assembled in name order. */
    private static final class Merge {
        final IndexedContact[] entries;
        final StringBuilder names;
        final StringBuilder numbers;
        final int[] nameStarts;
        final int[] numberStarts;
        long[] freshTails = new long[8];
        int freshCount;
        int i;

        Merge(int size, int namesLength, int numbersLength) {
            entries = new IndexedContact[size];
            names = new StringBuilder(namesLength + 256);
            numbers = new StringBuilder(numbersLength + 256);
            nameStarts = new int[size + 1];
            numberStarts = new int[size + 1];
        }

        int copy(Partition from, int j) {
            nameStarts[i] = names.length();
            numberStarts[i] = numbers.length();
            names.append(from.names, from.nameStarts[j], from.nameStarts[j + 1]);
            numbers.append(from.numbers, from.numberStarts[j], from.numberStarts[j + 1]);
            entries[i] = from.entries[j];
            return i++;
        }

        void fresh(IndexedContact e) {
            nameStarts[i] = names.length();
            numberStarts[i] = numbers.length();
            appendText(e, names, numbers);
            for (String s : e.significant()) {
                if (freshCount == freshTails.length) {
                    freshTails = Arrays.copyOf(freshTails, freshCount * 2);
                }
                freshTails[freshCount++] = (long) tailNumber(s) << 32 | i;
            }
            entries[i++] = e;
        }

        Partition finish(long[] keptTails) {
            nameStarts[i] = names.length();
            numberStarts[i] = numbers.length();
            long[] fresh = Arrays.copyOf(freshTails, freshCount);
            Arrays.sort(fresh);
            long[] tails = new long[keptTails.length + fresh.length];
            int a = 0;
            int b = 0;
            for (int t = 0; t < tails.length; t++) {
                tails[t] = b >= fresh.length || a < keptTails.length && keptTails[a] <= fresh[b] ? keptTails[a++]
                    : fresh[b++];
            }
            return new Partition(entries, names.toString(), nameStarts, numbers.toString(), numberStarts, tails);
        }
    }

    private static void appendText(IndexedContact e, StringBuilder names, StringBuilder numbers) {
        for (String w : e.words()) {
            names.append(WORD).append(w);
        }
        for (String d : e.digits()) {
            numbers.append(WORD).append(d);
        }
    }

    IndexedContact[] entries() {
        return entries;
    }

    /** The entries with a number whose tail is that of {@code significant}: the candidates of a lookup. */
    List<IndexedContact> candidates(String significant) {
        long key = tailNumber(significant);
        int i = Arrays.binarySearch(tails, key << 32);
        i = i < 0 ? -i - 1 : i;
        List<IndexedContact> out = new ArrayList<>(2);
        for (; i < tails.length && tails[i] >>> 32 == key; i++) {
            IndexedContact e = entries[(int) tails[i]];
            if (out.isEmpty() || out.getLast() != e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The tail key of significant digits as a number: "1" before it keeps "001234" and "1234" apart. */
    private static int tailNumber(String significant) {
        String tail = PhoneNumbers.tailKey(significant);
        int n = 1;
        for (int i = 0; i < tail.length(); i++) {
            n = n * 10 + (tail.charAt(i) - '0');
        }
        return n;
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
