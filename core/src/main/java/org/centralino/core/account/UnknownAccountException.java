package org.centralino.core.account;

/** No user with that username. */
public class UnknownAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String username) {
        super("no user '" + (username.length() > 40 ? username.substring(0, 40) + "…" : username) + "'");
    }
}
