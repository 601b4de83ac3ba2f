package org.centralino.core.phonebook;

import java.time.Clock;
import java.util.Objects;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.event.EventBus;
import org.centralino.core.rights.Visibility;

/**
 * The phonebook use cases wired together over one store and one index: what the web API and the call features
 * (caller names through {@link #lookup()}) take.
 */
public record Phonebooks(PhonebookService service, PhonebookSearch search, PhonebookLookup lookup,
                         PhonebookTransfer transfer, ContactIndex index) {
    public Phonebooks {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(index, "index");
    }

    /**
     * @param rights   who may edit the shared phonebook and see whose presence ({@link Visibility#roleBased()} until
     *                 the group-based rights are wired)
     * @param presence extension states for the Internal phonebook ({@link PresenceLookup#NONE} without presence)
     */
    public static Phonebooks create(ContactStore store, ExtensionService extensions, Visibility rights,
                                    PresenceLookup presence, EventBus events, Clock clock, PhoneNumbers plan) {
        ContactIndex index = new ContactIndex(store, plan);
        PhonebookService service = new PhonebookService(store, rights, events, clock, ContactIds.random());
        PhonebookSearch search = new PhonebookSearch(extensions, index, plan, presence, rights);
        return new Phonebooks(service, search, new PhonebookLookup(search, index, plan),
            new PhonebookTransfer(service, index), index);
    }
}
