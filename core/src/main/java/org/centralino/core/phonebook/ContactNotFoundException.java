package org.centralino.core.phonebook;

/**
 * No contact with that id in that phonebook, as far as the asking user may know: another user's private or speed
 * dial contact is reported the same way, so its existence does not leak.
 */
public class ContactNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContactNotFoundException(Book book, String id) {
        super("no contact " + id + " in the " + book.wire() + " phonebook");
    }
}
