package org.centralino.core.phonebook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;
import org.centralino.core.account.UserAccount;
import org.centralino.core.event.EventBus;
import org.centralino.core.rights.Visibility;
import org.centralino.core.validation.Violations;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;

/**
 * The use cases on contacts of both phonebooks, with their rights (seed 000 "La rubrica telefonica", seed 004
 * "Rubrica NethCTI"): everyone reads the shared phonebook, those {@link Visibility#canManageSharedPhonebook} write
 * it; a personal contact is read by its owner, and by everyone when public; only its owner changes or deletes it.
 * Another user's private or speed-dial contact is "not found", so its existence does not leak.
 */
public final class PhonebookService {
    private final ContactStore store;
    private final Visibility rights;
    private final EventBus events;
    private final Clock clock;
    private final Supplier<String> ids;

    public PhonebookService(ContactStore store, Visibility rights, EventBus events, Clock clock, Supplier<String> ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.rights = Objects.requireNonNull(rights, "rights");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The contact {@code id} of {@code book} if {@code viewer} may read it. */
    public Contact get(Book book, String id, UserAccount viewer) {
        Contact c = ContactIds.looksValid(id) ? store.find(id).orElse(null) : null;
        if (c == null || c.book() != book || !mayRead(c, viewer)) {
            throw new ContactNotFoundException(book, id);
        }
        return c;
    }

    /** A page of the shared phonebook, of the viewer's own contacts, or of every public contact. */
    public ContactPage list(ContactQuery.Scope scope, ContactCursor after, int limit) {
        return store.list(new ContactQuery(scope, after, limit));
    }

    /**
     * Creates a contact in {@code book}; {@code visibility} (private when null) is for personal contacts only.
     *
     * @throws ContactForbiddenException when a shared contact is created by someone who may not manage the phonebook
     * @throws org.centralino.core.validation.ValidationException naming every bad field
     */
    public Contact create(Book book, String visibility, ContactFields fields, UserAccount viewer) {
        requireMayWriteBook(book, viewer);
        Violations bad = new Violations();
        ContactVisibility vis = visibility(book, visibility, bad);
        ContactFields checked = ContactRules.check(fields, bad);
        bad.throwIfAny();
        Instant now = now();
        Contact created = store.create(new Contact(ids.get(), viewer.username(), vis, checked, 1, now, now));
        events.publish(PhonebookChanged.of(created, "created"));
        return created;
    }

    /**
     * Applies {@code patch} if the contact is still at a version {@code ifMatch} allows.
     *
     * @throws ContactNotFoundException  when the viewer may not read it
     * @throws ContactForbiddenException when the viewer may read but not change it
     * @throws VersionMismatchException  when If-Match names another version, or another writer changed it between
     *                                   the read and the write
     */
    public Contact patch(Book book, String id, ContactPatch patch, ExpectedVersion ifMatch, UserAccount viewer) {
        Contact current = writable(book, id, viewer);
        checkVersion(current, ifMatch);
        Violations bad = new Violations();
        ContactVisibility vis = current.visibility();
        if (patch.visibility().isChanged()) {
            String wanted = patch.visibility().orElse(null);
            if (book == Book.SHARED) {
                bad.add("visibility", "a shared phonebook contact has no visibility to change");
            } else if (wanted == null) {
                bad.add("visibility", "must be one of private, public, speeddial, not null");
            } else {
                vis = ContactRules.personalVisibility(wanted, bad);
            }
        }
        ContactFields checked = ContactRules.check(patch.applyTo(current.fields()), bad);
        bad.throwIfAny();
        if (vis == current.visibility() && checked.equals(current.fields())) {
            return current; // nothing changed: no write, no event, same version
        }
        Contact saved = store.update(current.with(vis, checked, now())).orElseThrow(() ->
            new VersionMismatchException("contact " + id, -1)); // another writer won between the read and the write
        events.publish(PhonebookChanged.of(saved, "updated"));
        return saved;
    }

    /** Deletes the contact if it is still at a version {@code ifMatch} allows. */
    public void delete(Book book, String id, ExpectedVersion ifMatch, UserAccount viewer) {
        Contact current = writable(book, id, viewer);
        checkVersion(current, ifMatch);
        if (!store.delete(id, current.version())) {
            throw new VersionMismatchException("contact " + id, -1);
        }
        events.publish(PhonebookChanged.of(current, "deleted"));
    }

    /** Whether {@code viewer} may add, change and delete contacts of {@code book}. */
    public boolean mayWriteBook(Book book, UserAccount viewer) {
        return book == Book.PERSONAL || rights.canManageSharedPhonebook(viewer);
    }

    void requireMayWriteBook(Book book, UserAccount viewer) {
        if (!mayWriteBook(book, viewer)) {
            throw new ContactForbiddenException("the shared phonebook is read-only for " + viewer.username()
                + ": only administrators and phonebook managers change it");
        }
    }

    private Contact writable(Book book, String id, UserAccount viewer) {
        Contact c = get(book, id, viewer);
        requireMayWriteBook(book, viewer);
        if (book == Book.PERSONAL && !c.owner().equals(viewer.username())) {
            throw new ContactForbiddenException("contact " + id + " is " + c.owner()
                + "'s public contact: only its creator changes or deletes it");
        }
        return c;
    }

    static boolean mayRead(Contact c, UserAccount viewer) {
        return c.book() == Book.SHARED || c.owner().equals(viewer.username())
            || c.visibility() == ContactVisibility.PUBLIC;
    }

    private static void checkVersion(Contact c, ExpectedVersion ifMatch) {
        ifMatch.check("contact " + c.id(), c.version());
    }

    static ContactVisibility visibility(Book book, String wire, Violations bad) {
        if (book == Book.SHARED) {
            if (wire != null && !wire.equals(ContactVisibility.SHARED.wire())) {
                bad.add("visibility", "a shared phonebook contact is always 'shared'");
            }
            return ContactVisibility.SHARED;
        }
        return ContactRules.personalVisibility(wire, bad);
    }

    /** Millisecond precision: what the database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    ContactStore store() {
        return store;
    }

    EventBus events() {
        return events;
    }

    Supplier<String> ids() {
        return ids;
    }
}
