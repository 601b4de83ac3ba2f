package org.centralino.core.account;

/** A username that is already taken. */
public class DuplicateAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateAccountException(String username) {
        super("account " + username + " already exists");
    }
}
