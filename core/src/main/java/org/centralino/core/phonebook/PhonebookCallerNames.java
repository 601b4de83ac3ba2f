package org.centralino.core.phonebook;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.history.CallerNames;

/**
 * The call history's names from the phonebooks (seed 004 order, see {@link PhonebookLookup}) instead of the
 * extensions alone: what {@code CallHistoryService} takes in place of {@code DirectoryCallerNames}.
 */
public final class PhonebookCallerNames implements CallerNames {
    private final PhonebookLookup lookup;
    private final PhonebookSearch search;
    private final PhoneNumbers plan;

    public PhonebookCallerNames(Phonebooks phonebooks, PhoneNumbers plan) {
        this.lookup = Objects.requireNonNull(phonebooks, "phonebooks").lookup();
        this.search = phonebooks.search();
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public Optional<String> nameOf(UserAccount viewer, String number) {
        return lookup.byNumber(number, viewer).map(CallerName::name);
    }

    /**
     * The numbers of the entries a search for {@code text} finds, each in the forms a call record may hold it: as the
     * extension number, normalised ({@code +39061234567}) and national ({@code 061234567}).
     */
    @Override
    public Set<String> numbersNamed(UserAccount viewer, String text, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (SearchHit hit : search.search(text, viewer, max)) {
            for (ContactNumber n : hit.numbers()) {
                if (out.size() >= max) {
                    return out;
                }
                PhoneNumbers.normalise(n.number()).ifPresent(out::add);
                plan.significant(n.number()).ifPresent(out::add);
            }
        }
        return out;
    }
}
