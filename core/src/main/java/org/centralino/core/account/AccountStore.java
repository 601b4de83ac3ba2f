package org.centralino.core.account;

import java.util.Optional;

/** Where web accounts live. A method that returns has committed its write. */
public interface AccountStore {
    Optional<UserAccount> find(String username);

    /** Inserts; throws {@link DuplicateAccountException} when the username is taken. */
    UserAccount create(UserAccount account);

    /** How many accounts exist (the bootstrap creates the first admin when there are none). */
    long count();
}
