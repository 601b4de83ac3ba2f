package org.centralino.core.phonebook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where contacts of both phonebooks live; the database is the truth for every node of a cluster. Every write
 * transaction takes the next <em>generation</em> (a counter in the database, taken under its row lock, so
 * generations commit in order) and stamps the rows it writes or deletes with it; {@link #changesSince} hands a
 * node's in-memory index exactly what it missed. A method that returns has committed.
 */
public interface ContactStore {
    Optional<Contact> find(String id);

    ContactPage list(ContactQuery query);

    /** Inserts a new contact (its version is 1). */
    Contact create(Contact contact);

    /**
     * Replaces the contact's data if its stored version is still {@code contact.version()}, and returns it with the
     * version grown by one; empty when it is gone or was changed meanwhile (compare-and-set).
     */
    Optional<Contact> update(Contact contact);

    /**
     * Deletes the contact if its version is {@code expectedVersion} (any version when null); false when it is gone
     * or has another version.
     */
    boolean delete(String id, Long expectedVersion);

    /**
     * Inserts {@code creates} and compare-and-sets {@code updates} in one transaction (an import); the updates whose
     * stored version had moved on, or that are gone, are skipped and their ids returned.
     */
    Set<String> saveAll(List<Contact> creates, List<Contact> updates);

    /** The generation of the last committed write (0 when nothing was ever written). */
    long generation();

    /**
     * What changed after {@code generation}: everything ({@link ContactChanges#full}) when it is 0 or older than the
     * newest deletion {@link #pruneDeletions} forgot, since the deletions it missed can no longer be listed.
     */
    ContactChanges changesSince(long generation);

    /**
     * Forgets the ids of contacts deleted before {@code deletedBefore}, and every deletion of an earlier generation;
     * a reader behind the newest forgotten generation then gets a full reload from {@link #changesSince}.
     *
     * @return how many deletions were forgotten
     */
    int pruneDeletions(Instant deletedBefore);
}
