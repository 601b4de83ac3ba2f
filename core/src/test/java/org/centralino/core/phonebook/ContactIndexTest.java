package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index against brute force: after random creates, updates (visibility and owner-list moves included) and
 * deletes applied as deltas, every partition's search returns exactly what filtering all contacts does, in name
 * order, and every number is a lookup candidate of its contact.
 */
class ContactIndexTest {
    static final List<String> FIRST = List.of("Nicolò", "Anna", "Élise", "Marco", "Luca", "Zoe", "");
    static final List<String> LAST = List.of("Rossi", "D'Amico", "Bianchi", "Rossetti", "Lucà", "Conti", "");
    static final List<String> QUERIES = List.of("ros", "nicolo", "l", "amico d", "luca", "zz", "06", "333", "1234",
        "rossi 06", "+39 06", "élise", "c", "bianchi anna");
    final Random random = new Random(42);
    final InMemoryContactStore store = new InMemoryContactStore();
    final ContactIndex index = new ContactIndex(store, PhoneNumbers.italy());
    final List<String> owners = List.of("anna", "bruno", "carlo");
    int next;

    ContactFields fields() {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        String company = random.nextInt(3) == 0 ? "ACME " + last : null;
        if (first.isEmpty() && last.isEmpty() && company == null) {
            company = "Solo";
        }
        return new ContactFields(first.isEmpty() ? null : first, last.isEmpty() ? null : last, company, null, null,
            random.nextBoolean() ? "+39 06 " + (1000000 + random.nextInt(9000000)) : null,
            random.nextBoolean() ? "333 " + (1000000 + random.nextInt(9000000)) : null, null, null, null);
    }

    void randomWrite() {
        List<Contact> all = new ArrayList<>(store.list(new ContactQuery(new ContactQuery.Scope.Shared(), null, 500))
            .items());
        owners.forEach(o -> all.addAll(store.list(new ContactQuery(new ContactQuery.Scope.OwnedBy(o), null, 500))
            .items()));
        int op = all.isEmpty() ? 0 : random.nextInt(4);
        ContactVisibility vis = ContactVisibility.values()[random.nextInt(4)];
        if (op <= 1) {
            String id = String.format("00000000-0000-4000-8000-%012d", ++next);
            store.create(new Contact(id, owners.get(random.nextInt(3)), vis, fields(), 1, Instant.EPOCH,
                Instant.EPOCH));
        } else if (op == 2) {
            Contact c = all.get(random.nextInt(all.size()));
            ContactVisibility v = c.visibility() == ContactVisibility.SHARED ? c.visibility()
                : ContactVisibility.values()[random.nextInt(3)];
            store.update(c.with(v, fields(), Instant.EPOCH));
        } else {
            store.delete(all.get(random.nextInt(all.size())).id(), null);
        }
    }

    @Test
    void searchesAfterRandomDeltasMatchBruteForce() {
        for (int round = 0; round < 60; round++) {
            int writes = 1 + random.nextInt(round < 5 ? 40 : 5);
            for (int i = 0; i < writes; i++) {
                randomWrite();
            }
            IndexSnapshot s = index.current();
            List<IndexedContact> all = store.changesSince(0).written().stream()
                .map(c -> IndexedContact.of(c, PhoneNumbers.italy())).toList();
            assertThat(s.byId().size()).isEqualTo(all.size());
            check(s.shared(), all.stream().filter(e -> e.contact().visibility() == ContactVisibility.SHARED).toList());
            check(s.publics(), all.stream().filter(e -> e.contact().visibility() == ContactVisibility.PUBLIC).toList());
            for (String o : owners) {
                check(s.ownedBy(o), all.stream().filter(e -> e.contact().visibility().personal()
                    && e.contact().owner().equals(o)).toList());
            }
            for (IndexedContact e : all) {
                Contact c = e.contact();
                Partition home = c.visibility() == ContactVisibility.SHARED ? s.shared() : s.ownedBy(c.owner());
                for (String sig : e.significant()) {
                    assertThat(home.candidates(sig)).extracting(x -> x.contact().id()).contains(c.id());
                    if (c.visibility() == ContactVisibility.PUBLIC) {
                        assertThat(s.publics().candidates(sig)).extracting(x -> x.contact().id()).contains(c.id());
                    }
                }
            }
        }
    }

    private static void check(Partition p, List<IndexedContact> members) {
        assertThat(Arrays.stream(p.entries()).map(e -> e.contact().id()).sorted().toList())
            .isEqualTo(members.stream().map(e -> e.contact().id()).sorted().toList());
        for (String q : QUERIES) {
            SearchTerms terms = SearchTerms.parse(q);
            List<IndexedContact> found = new ArrayList<>();
            p.search(terms, e -> true, found, 1000);
            List<String> expected = members.stream().filter(e -> e.matches(terms)).sorted(IndexSnapshot.NAME_ORDER)
                .map(e -> e.contact().id()).toList();
            assertThat(found).extracting(e -> e.contact().id()).as(q).isEqualTo(expected);
            List<IndexedContact> limited = new ArrayList<>();
            p.search(terms, e -> true, limited, 2);
            assertThat(limited).extracting(e -> e.contact().id()).as(q + " limited")
                .isEqualTo(expected.subList(0, Math.min(2, expected.size())));
        }
    }
}
