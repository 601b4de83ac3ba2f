package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.Extension;
import org.centralino.core.rights.Visibility;

/**
 * One search box over the three phonebooks of seed 000 (Internal, Shared, Personal) plus the other users' public
 * contacts (seed 004): by name (every word a prefix of a word of the name, company or department; case and accents
 * ignored) or by number (digits anywhere in any number). Results come in the order internal, the viewer's own,
 * shared, public, each by name (extensions by number), up to the limit.
 */
public final class PhonebookSearch {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final InternalDirectory internal;
    private final ContactIndex index;
    private final PresenceLookup presence;
    private final Visibility rights;

    public PhonebookSearch(org.centralino.core.directory.ExtensionService extensions, ContactIndex index,
                           PhoneNumbers plan, PresenceLookup presence, Visibility rights) {
        this.internal = new InternalDirectory(extensions, plan);
        this.index = Objects.requireNonNull(index, "index");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.rights = Objects.requireNonNull(rights, "rights");
    }

    /** Up to {@code limit} hits for {@code q} that {@code viewer} may see; none for a query without words or digits. */
    public List<SearchHit> search(String q, UserAccount viewer, int limit) {
        SearchTerms terms = SearchTerms.parse(q);
        List<SearchHit> out = new ArrayList<>(Math.min(limit, 64));
        if (terms.isEmpty()) {
            return out;
        }
        for (InternalDirectory.Entry e : internal.entries()) {
            if (out.size() == limit) {
                return out;
            }
            if (terms.matches(e.words(), e.digits())) {
                out.add(hit(e.extension(), viewer));
            }
        }
        IndexSnapshot s = index.current();
        collect(s.ownedBy(viewer.username()), Source.PERSONAL, terms, out, limit, null);
        collect(s.shared(), Source.SHARED, terms, out, limit, null);
        collect(s.publics(), Source.PUBLIC, terms, out, limit, viewer.username());
        return out;
    }

    /** The extensions (all when {@code q} is blank) from the one after {@code afterNumber}, up to {@code limit}. */
    public List<SearchHit> internal(String q, UserAccount viewer, String afterNumber, int limit) {
        SearchTerms terms = q == null || q.isBlank() ? null : SearchTerms.parse(q);
        List<SearchHit> out = new ArrayList<>();
        for (InternalDirectory.Entry e : internal.entries()) {
            if (out.size() == limit) {
                break;
            }
            Extension x = e.extension();
            if ((afterNumber == null || isAfter(x.number(), afterNumber))
                && (terms == null || terms.matches(e.words(), e.digits()))) {
                out.add(hit(x, viewer));
            }
        }
        return out;
    }

    /** Extension order: shorter numbers first, then lexicographic (as the extension store lists them). */
    private static boolean isAfter(String number, String after) {
        return number.length() != after.length() ? number.length() > after.length() : number.compareTo(after) > 0;
    }

    SearchHit hit(Extension x, UserAccount viewer) {
        List<ContactNumber> numbers = new ArrayList<>(2);
        numbers.add(new ContactNumber(ContactNumber.Kind.EXTENSION, x.number()));
        if (x.mobile() != null) {
            numbers.add(new ContactNumber(ContactNumber.Kind.MOBILE, x.mobile()));
        }
        String state = rights.canSeePresence(viewer, x.number()) ? presence.stateOf(x.number()) : null;
        return new SearchHit(Source.INTERNAL, null, x.number(), x.name(), null, numbers, x.email(), x.mobile(), state);
    }

    private static void collect(Partition list, Source source, SearchTerms terms, List<SearchHit> out, int limit,
                                String skipOwner) {
        if (out.size() >= limit) {
            return;
        }
        List<IndexedContact> found = new ArrayList<>();
        list.search(terms, e -> skipOwner == null || !skipOwner.equals(e.contact().owner()), found,
            limit - out.size());
        for (IndexedContact e : found) {
            Contact c = e.contact();
            out.add(new SearchHit(source, c.id(), null, c.displayName(), c.fields().company(), c.numbers(),
                c.fields().email(), c.fields().mobilePhone(), null));
        }
    }

    /** The extensions, for the lookup (which names a caller from an extension first). */
    InternalDirectory internalDirectory() {
        return internal;
    }
}
