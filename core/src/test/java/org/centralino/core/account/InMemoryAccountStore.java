package org.centralino.core.account;

import java.util.Comparator;
import java.util.List;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.centralino.core.version.VersionMismatchException;

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
    public List<UserAccount> list() {
        return map.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    @Override
    public Optional<UserAccount> update(UserAccount a) {
        UserAccount next = new UserAccount(a.username(), a.displayName(), a.email(), a.mobile(), a.language(),
            a.timeZone(), a.dateFormat(), a.extension(), a.role(), a.passwordHash(), a.enabled(), a.createdAt(),
            a.updatedAt(), a.version() + 1);
        UserAccount[] out = new UserAccount[1];
        map.computeIfPresent(a.username(), (k, cur) -> {
            if (cur.version() != a.version()) {
                return cur;
            }
            out[0] = next;
            return next;
        });
        return Optional.ofNullable(out[0]);
    }

    @Override
    public synchronized Optional<UserAccount> updateKeepingAnAdmin(UserAccount a) {
        UserAccount before = map.get(a.username());
        Optional<UserAccount> saved = update(a);
        if (saved.isPresent() && noAdminLeft()) {
            map.put(a.username(), before);
            throw new LastAdminException(a.username());
        }
        return saved;
    }

    @Override
    public synchronized boolean delete(String username, long version) {
        UserAccount cur = map.get(username);
        if (cur == null) {
            return false;
        }
        if (cur.version() != version) {
            throw new VersionMismatchException("user " + username, cur.version());
        }
        map.remove(username);
        if (cur.isAdmin() && cur.enabled() && noAdminLeft()) {
            map.put(username, cur);
            throw new LastAdminException(username);
        }
        return true;
    }

    private boolean noAdminLeft() {
        return map.values().stream().noneMatch(u -> u.isAdmin() && u.enabled());
    }

    @Override
    public boolean delete(String username) {
        return map.remove(username) != null;
    }

    @Override
    public long count() {
        return map.size();
    }
}
