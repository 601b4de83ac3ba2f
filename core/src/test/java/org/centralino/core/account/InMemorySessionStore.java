package org.centralino.core.account;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A map-backed session store for service tests. */
final class InMemorySessionStore implements SessionStore {
    final ConcurrentHashMap<String, Session> map = new ConcurrentHashMap<>();

    @Override
    public void save(Session session) {
        map.put(session.tokenHash(), session);
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return Optional.ofNullable(map.get(tokenHash));
    }

    @Override
    public boolean delete(String tokenHash) {
        return map.remove(tokenHash) != null;
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = map.size();
        map.values().removeIf(s -> !now.isBefore(s.expiresAt()));
        return before - map.size();
    }

    @Override
    public int deleteForUser(String username, String keepTokenHash) {
        int before = map.size();
        map.values().removeIf(s -> s.username().equals(username) && !s.tokenHash().equals(keepTokenHash));
        return before - map.size();
    }
}
