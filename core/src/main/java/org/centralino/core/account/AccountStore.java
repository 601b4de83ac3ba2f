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

    /**
     * {@link #update} that also refuses to leave no enabled ADMIN: in the same transaction as the write, and
     * serialised with the other changes that keep an admin, so two admins demoting each other at once cannot both
     * succeed.
     *
     * @throws LastAdminException when no enabled ADMIN would be left (nothing is written)
     */
    Optional<UserAccount> updateKeepingAnAdmin(UserAccount account);

    /** Deletes the user and its sessions; false when there was none. */
    boolean delete(String username);

    /**
     * Deletes the user and its sessions if its stored version is still {@code version} (compare-and-set), unless it
     * is an enabled ADMIN and no other would be left (checked as in {@link #updateKeepingAnAdmin}).
     *
     * @return false when there was none
     * @throws org.centralino.core.version.VersionMismatchException when it is at another version
     * @throws LastAdminException                                   when it is the last enabled ADMIN
     */
    boolean delete(String username, long version);

    /** How many accounts exist (the bootstrap creates the first admin when there are none). */
    long count();
}
