package org.centralino.core.phonebook;

import java.util.List;
import java.util.Objects;

/**
 * A parsed search query. A query that looks like a phone number ("+39 06 12", "333-12") is one term of digits that
 * must appear anywhere in one number; otherwise every folded word must be a prefix of a word of the entry's names,
 * or, for a word of digits only, appear in one of its numbers ("rossi 333" finds Rossi whose mobile has 333).
 */
record SearchTerms(List<String> words, String numberDigits) {
    SearchTerms {
        words = List.copyOf(words);
    }

    static SearchTerms parse(String q) {
        Objects.requireNonNull(q, "q");
        String digits = PhoneNumbers.digits(q);
        if (!digits.isEmpty() && PhoneNumbers.normalise(q.strip()).isPresent()) {
            return new SearchTerms(List.of(), digits);
        }
        return new SearchTerms(NameFolding.words(q), null);
    }

    boolean isEmpty() {
        return words.isEmpty() && numberDigits == null;
    }

    boolean matches(String[] nameWords, String[] numbers) {
        if (numberDigits != null) {
            return anyContains(numbers, numberDigits);
        }
        for (String term : words) {
            if (!anyStartsWith(nameWords, term) && !(isDigits(term) && anyContains(numbers, term))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyStartsWith(String[] words, String prefix) {
        for (String w : words) {
            if (w.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyContains(String[] numbers, String digits) {
        for (String n : numbers) {
            if (n.contains(digits)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
