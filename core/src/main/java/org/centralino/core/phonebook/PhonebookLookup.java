package org.centralino.core.phonebook;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.UserAccount;

/**
 * Names a caller from a number, for the incoming-call popup and the call history (seed 004 "Nota"): an extension
 * first (its number, or the mobile of its owner), then the user's own private or speed-dial contact (only they see
 * it), then the shared phonebook, then the first public contact (the user's own before others', then the oldest).
 * Numbers match on their significant digits, so "+39 06 1234567", "0039061234567", "390612345678" and "06 1234567"
 * are one line (see {@link PhoneNumbers}).
 */
public final class PhonebookLookup {
    private static final Comparator<IndexedContact> OLDEST_FIRST = Comparator
        .comparing((IndexedContact e) -> e.contact().createdAt()).thenComparing(e -> e.contact().id());

    private final PhonebookSearch search;
    private final ContactIndex index;
    private final PhoneNumbers plan;

    public PhonebookLookup(PhonebookSearch search, ContactIndex index, PhoneNumbers plan) {
        this.search = Objects.requireNonNull(search, "search");
        this.index = Objects.requireNonNull(index, "index");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public Optional<CallerName> byNumber(String number, UserAccount forUser) {
        return byNumber(number, forUser == null ? null : forUser.username());
    }

    /** @param username whose private contacts count; null for none (a call to a group or a queue) */
    public Optional<CallerName> byNumber(String number, String username) {
        Optional<String> sig = plan.significant(number);
        if (sig.isEmpty() || sig.get().isEmpty()) {
            return Optional.empty();
        }
        String digits = sig.get();
        for (InternalDirectory.Entry e : search.internalDirectory().entries()) {
            if (e.hasLine(digits)) {
                return Optional.of(new CallerName(e.extension().name(), null, Source.INTERNAL, e.extension().number()));
            }
        }
        IndexSnapshot s = index.current();
        Partition own = username == null ? Partition.EMPTY : s.ownedBy(username);
        return first(own, digits, e -> e.contact().visibility().ownerOnly(), Source.PERSONAL)
            .or(() -> first(s.shared(), digits, e -> true, Source.SHARED))
            .or(() -> first(own, digits, e -> e.contact().visibility() == ContactVisibility.PUBLIC, Source.PERSONAL))
            .or(() -> first(s.publics(), digits, e -> true, Source.PUBLIC));
    }

    /** The oldest entry of {@code list} with the line {@code digits} that {@code which} admits. */
    private static Optional<CallerName> first(Partition list, String digits,
                                              java.util.function.Predicate<IndexedContact> which, Source source) {
        return list.candidates(digits).stream().filter(e -> e.hasLine(digits) && which.test(e)).min(OLDEST_FIRST)
            .map(e -> {
                Contact c = e.contact();
                return new CallerName(c.displayName(), c.fields().company(), source, c.id());
            });
    }
}
