package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centralino.core.phonebook.Contact;
import org.centralino.core.phonebook.ContactChanges;
import org.centralino.core.phonebook.ContactCursor;
import org.centralino.core.phonebook.ContactFields;
import org.centralino.core.phonebook.ContactIndex;
import org.centralino.core.phonebook.ContactPage;
import org.centralino.core.phonebook.ContactQuery;
import org.centralino.core.phonebook.ContactVisibility;
import org.centralino.core.phonebook.PhoneNumbers;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiContactStore}, run on each dialect. */
abstract class ContactStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-11-22T09:00:00.123Z");
    private int next;

    Contact contact(String owner, ContactVisibility vis, String first, String last, String work) {
        String id = String.format("00000000-0000-4000-8000-%012d", ++next);
        return new Contact(id, owner, vis, new ContactFields(first, last, "ACME S.p.A.", "Vendite", "Dott.", work,
            "+39 333 123 4567", null, "a@example.com", "line one\nline two"), 1, T0, T0);
    }

    @Test
    void aContactIsWrittenReadBackUpdatedByCompareAndSetAndDeleted() {
        JdbiContactStore s = new JdbiContactStore(open());
        Contact c = s.create(contact("anna", ContactVisibility.PRIVATE, "Nicolò", "D'Amico", "+39 (06) 1234-567"));
        assertThat(s.find(c.id())).contains(c);

        Contact changed = c.with(ContactVisibility.PUBLIC, new ContactFields("Nicola", null, null, null, null, null,
            null, "06 555", null, null), T0.plusSeconds(5));
        Contact saved = s.update(changed).orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.visibility()).isEqualTo(ContactVisibility.PUBLIC);
        assertThat(saved.fields()).isEqualTo(changed.fields());
        assertThat(saved.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(s.update(changed)).as("the stale version 1 loses").isEmpty();

        assertThat(s.delete(c.id(), 1L)).as("stale version").isFalse();
        assertThat(s.delete(c.id(), 2L)).isTrue();
        assertThat(s.find(c.id())).isEmpty();
        assertThat(s.delete(c.id(), null)).isFalse();
    }

    @Test
    void theNormalisedNumbersAreStoredForSqlLookups() {
        Database db = open();
        JdbiContactStore s = new JdbiContactStore(db);
        Contact c = s.create(contact("anna", ContactVisibility.SHARED, "A", "B", "0039 (06) 1234-567"));
        String norm = db.read(h -> h.createQuery("SELECT work_norm || ' ' || mobile_norm FROM contact WHERE id = :id")
            .bind("id", c.id()).mapTo(String.class).one());
        assertThat(norm).isEqualTo("+39061234567 +393331234567");
    }

    @Test
    void listsArePagedInNameOrderPerScope() {
        JdbiContactStore s = new JdbiContactStore(open());
        List<String> names = List.of("Zeta", "Álvaro", "bianchi", "Rossi", "Conti");
        List<Contact> shared = new ArrayList<>();
        for (String n : names) {
            shared.add(s.create(contact("pm", ContactVisibility.SHARED, "X", n, null)));
        }
        s.create(contact("anna", ContactVisibility.PRIVATE, "X", "Anna's", null));
        s.create(contact("anna", ContactVisibility.PUBLIC, "X", "Annas public", null));
        s.create(contact("bruno", ContactVisibility.PUBLIC, "X", "Brunos public", null));

        List<String> seen = new ArrayList<>();
        ContactCursor cursor = null;
        int pages = 0;
        do {
            ContactPage p = s.list(new ContactQuery(new ContactQuery.Scope.Shared(), cursor, 2));
            p.items().forEach(c -> seen.add(c.fields().lastName()));
            cursor = p.next();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactly("Álvaro", "bianchi", "Conti", "Rossi", "Zeta");
        assertThat(pages).isEqualTo(3);

        assertThat(s.list(new ContactQuery(new ContactQuery.Scope.OwnedBy("anna"), null, 10)).items())
            .extracting(c -> c.fields().lastName()).containsExactly("Anna's", "Annas public");
        assertThat(s.list(new ContactQuery(new ContactQuery.Scope.Public(), null, 10)).items())
            .extracting(c -> c.fields().lastName()).containsExactly("Annas public", "Brunos public");
        ContactPage decoded = s.list(new ContactQuery(new ContactQuery.Scope.Shared(),
            ContactCursor.decode(ContactCursor.after(shared.get(2)).encode()).orElseThrow(), 10));
        assertThat(decoded.items()).extracting(c -> c.fields().lastName()).containsExactly("Conti", "Rossi", "Zeta");
    }

    @Test
    void everyWriteTakesTheNextGenerationAndChangesSinceReturnsWhatWasMissed() {
        JdbiContactStore s = new JdbiContactStore(open());
        assertThat(s.generation()).isZero();
        Contact a = s.create(contact("anna", ContactVisibility.PRIVATE, "A", "A", null));
        Contact b = s.create(contact("anna", ContactVisibility.PRIVATE, "B", "B", null));
        assertThat(s.generation()).isEqualTo(2);
        ContactChanges all = s.changesSince(0);
        assertThat(all.full()).isTrue();
        assertThat(all.generation()).isEqualTo(2);
        assertThat(all.written()).containsExactlyInAnyOrder(a, b);

        s.update(a.with(ContactVisibility.PUBLIC, a.fields(), T0)).orElseThrow();
        s.delete(b.id(), null);
        ContactChanges delta = s.changesSince(2);
        assertThat(delta.full()).isFalse();
        assertThat(delta.generation()).isEqualTo(4);
        assertThat(delta.written()).extracting(Contact::id).containsExactly(a.id());
        assertThat(delta.deleted()).containsExactly(b.id());
        assertThat(s.changesSince(4).written()).isEmpty();
    }

    @Test
    void anImportWritesInOneGenerationAndReportsTheUpdatesThatLost() {
        JdbiContactStore s = new JdbiContactStore(open());
        Contact old = s.create(contact("pm", ContactVisibility.SHARED, "Old", "One", null));
        s.update(old.with(old.visibility(), old.fields(), T0)).orElseThrow(); // now at version 2
        List<Contact> creates = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            creates.add(contact("pm", ContactVisibility.SHARED, "N" + i, "Imported", "06 " + i));
        }
        Set<String> lost = s.saveAll(creates, List.of(old.with(old.visibility(), old.fields(), T0)));
        assertThat(lost).containsExactly(old.id());
        assertThat(s.generation()).isEqualTo(3);
        assertThat(s.changesSince(2).written()).hasSize(1200);
    }

    @Test
    void anIndexOnAnotherNodeSeesEveryCommittedChange() {
        JdbiContactStore nodeA = new JdbiContactStore(open());
        JdbiContactStore nodeB = new JdbiContactStore(open());
        ContactIndex indexB = new ContactIndex(nodeB, PhoneNumbers.italy());
        assertThat(indexB.size()).isZero();
        Contact a = nodeA.create(contact("pm", ContactVisibility.SHARED, "A", "A", null));
        Contact b = nodeA.create(contact("pm", ContactVisibility.SHARED, "B", "B", null));
        assertThat(indexB.size()).isEqualTo(2);
        nodeA.delete(a.id(), null);
        nodeA.saveAll(List.of(contact("pm", ContactVisibility.SHARED, "C", "C", null)), List.of());
        assertThat(indexB.size()).isEqualTo(2);
        nodeA.delete(b.id(), null);
        assertThat(indexB.size()).isEqualTo(1);
    }

    @Test
    void prunedDeletionsAreForgottenAndANodeBehindThemReloadsEverything() {
        Database db = open();
        Instant dayLater = T0.plus(Duration.ofHours(25));
        JdbiContactStore yesterday = new JdbiContactStore(db, Clock.fixed(T0, ZoneOffset.UTC));
        JdbiContactStore today = new JdbiContactStore(open(), Clock.fixed(dayLater, ZoneOffset.UTC)); // another node
        Contact a = yesterday.create(contact("pm", ContactVisibility.SHARED, "A", "A", null));
        Contact b = yesterday.create(contact("pm", ContactVisibility.SHARED, "B", "B", null));
        ContactIndex stale = new ContactIndex(today, PhoneNumbers.italy());
        assertThat(stale.size()).isEqualTo(2); // generation 2, then this node reads nothing for a day
        yesterday.delete(a.id(), null); // generation 3
        Contact c = today.create(contact("pm", ContactVisibility.SHARED, "C", "C", null));
        today.delete(b.id(), null); // generation 5, recent

        Instant cutoff = dayLater.minus(Duration.ofHours(24));
        assertThat(today.pruneDeletions(cutoff)).as("a's deletion, of the day before").isEqualTo(1);
        assertThat(today.pruneDeletions(cutoff)).isZero();
        assertThat(count(db, "contact_deleted")).isEqualTo(1);
        ContactChanges behind = today.changesSince(2);
        assertThat(behind.full()).as("generation 2 is behind the forgotten deletion of generation 3").isTrue();
        assertThat(behind.written()).containsExactly(c);
        ContactChanges upToDate = today.changesSince(3);
        assertThat(upToDate.full()).isFalse();
        assertThat(upToDate.written()).containsExactly(c);
        assertThat(upToDate.deleted()).containsExactly(b.id());
        assertThat(stale.size()).as("the stale index converges to the table").isEqualTo(1);
        assertThat(stale.size()).isEqualTo(count(db, "contact"));
    }
}
