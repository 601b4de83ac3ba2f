package org.centralino.core.account;

/** A change that would leave no enabled administrator, and so nobody able to manage the system. */
public class LastAdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LastAdminException(String username) {
        super("'" + username + "' is the last enabled administrator: make another user an enabled ADMIN first");
    }
}
