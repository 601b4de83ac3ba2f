package org.centralino.core.phonebook;

/** The user may see the contact (or the phonebook) but not change it. */
public class ContactForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContactForbiddenException(String message) {
        super(message);
    }
}
