package org.centralino.core.account;

import java.util.List;
import java.util.Optional;

/** Where web users live. A method that returns has committed its write. */
public interface AccountStore {
    Optional<UserAccount> find(String username);

    /** Every user, ordered by username. */
    List<UserAccount> list();

    /** Inserts; throws {@link DuplicateAccountException} when the username is taken. */
    UserAccount create(UserAccount account);

    /**
     * Replaces the user's data if its stored version is still {@code account.version()} and returns it with the
     * version grown by one; empty when the user is gone or was changed meanwhile (compare-and-set).
     */
    Optional<UserAccount> update(UserAccount account);

    /** Deletes the user and its sessions; false when there was none. */
    boolean delete(String username);

    /** How many accounts exist (the bootstrap creates the first admin when there are none). */
    long count();
}
