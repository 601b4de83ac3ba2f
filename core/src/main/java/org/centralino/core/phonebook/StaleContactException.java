package org.centralino.core.phonebook;

/** An update or delete named a version (If-Match) that is no longer the contact's: someone changed it meanwhile. */
public class StaleContactException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleContactException(String id, long expected, String why) {
        super("contact " + id + " is not at version " + expected + " any more (" + why + "); read it again and "
            + "reapply the change");
    }
}
