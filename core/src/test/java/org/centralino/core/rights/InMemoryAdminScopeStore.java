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

    @Override
    public void save(String username, AdminScope scope) {
        map.put(username, scope);
    }
}
