package org.centralino.core.phonebook;

import java.util.List;

/**
 * A contact with what search and lookup compare, computed once when the index takes it in: the folded words of
 * its names, the digits of each number and each number's significant digits ({@link PhoneNumbers#significant}).
 */
record IndexedContact(Contact contact, String sortKey, String[] words, String[] digits, String[] significant) {

    static IndexedContact of(Contact c, PhoneNumbers plan) {
        ContactFields f = c.fields();
        List<String> w = NameFolding.words(f.firstName(), f.lastName(), f.company(), f.department());
        List<ContactNumber> numbers = c.numbers();
        String[] digits = new String[numbers.size()];
        String[] significant = new String[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i).number();
            digits[i] = PhoneNumbers.digits(n);
            significant[i] = plan.significant(n).orElse(digits[i]);
        }
        return new IndexedContact(c, ContactCursor.sortKey(f), w.toArray(String[]::new), digits, significant);
    }

    /** Whether every query term matches: a word prefix of a name, or (digit terms) digits anywhere in a number. */
    boolean matches(SearchTerms q) {
        return q.matches(words, digits);
    }

    /** Whether one of the numbers is the same line as {@code significant}. */
    boolean hasLine(String significantDigits) {
        for (String s : significant) {
            if (PhoneNumbers.sameLine(s, significantDigits)) {
                return true;
            }
        }
        return false;
    }
}
