package org.centralino.core.account;

/** A username that is already taken. */
public class DuplicateAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateAccountException(String username) {
        super("account " + username + " already exists");
    }

    /** A unique rule other than the username was broken, e.g. an extension owned twice. */
    public DuplicateAccountException(String username, String why) {
        super("user " + username + ": " + why);
    }
}
