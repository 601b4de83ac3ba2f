package org.centralino.core.account;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A map-backed account store for service tests. */
final class InMemoryAccountStore implements AccountStore {
    final ConcurrentHashMap<String, UserAccount> map = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(map.get(username));
    }

    @Override
    public UserAccount create(UserAccount account) {
        if (map.putIfAbsent(account.username(), account) != null) {
            throw new DuplicateAccountException(account.username());
        }
        return account;
    }

    @Override
    public long count() {
        return map.size();
    }
}
