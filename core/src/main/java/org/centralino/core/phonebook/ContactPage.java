package org.centralino.core.phonebook;

import java.util.List;

/** One page of contacts; {@code next} is null on the last page. */
public record ContactPage(List<Contact> items, ContactCursor next) {
    public ContactPage {
        items = List.copyOf(items);
    }
}
