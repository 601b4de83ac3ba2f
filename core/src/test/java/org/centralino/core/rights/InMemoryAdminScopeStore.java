package org.centralino.core.rights;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A map-backed scope store for service tests. */
final class InMemoryAdminScopeStore implements AdminScopeStore {
    final ConcurrentHashMap<String, AdminScope> map = new ConcurrentHashMap<>();

    @Override
    public Optional<AdminScope> find(String username) {
        return Optional.ofNullable(map.get(username));
    }

    @Override
    public Map<String, AdminScope> all() {
        return Map.copyOf(map);
    }

    final ConcurrentHashMap<String, Long> versions = new ConcurrentHashMap<>();

    @Override
    public long version(String username) {
        return versions.getOrDefault(username, 0L);
    }

    @Override
    public synchronized boolean save(String username, AdminScope scope, long expectedVersion) {
        if (version(username) != expectedVersion) {
            return false;
        }
        map.put(username, scope);
        versions.put(username, expectedVersion + 1);
        return true;
    }

    /** Sets a scope whatever its version (tests that arrange rights). */
    void save(String username, AdminScope scope) {
        save(username, scope, version(username));
    }
}
