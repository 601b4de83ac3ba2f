package org.centralino.core.account;

/** What {@link AdminBootstrap} did at startup. */
public sealed interface BootstrapResult {

    /** Accounts already existed; nothing was created. */
    record AlreadyInitialised() implements BootstrapResult {
    }

    /** The first admin was created with the password the operator configured. */
    record CreatedWithGivenPassword(String username) implements BootstrapResult {
    }

    /**
     * The first admin was created with a generated password. Print it once: it is stored only as a hash.
     */
    record CreatedWithGeneratedPassword(String username, String password) implements BootstrapResult {
        @Override
        public String toString() {
            return "CreatedWithGeneratedPassword[username=" + username + ", password=<hidden>]";
        }
    }
}
