package org.centralino.core.account;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A map-backed API token store for service tests. */
final class InMemoryApiTokenStore implements ApiTokenStore {
    final ConcurrentHashMap<String, ApiToken> byId = new ConcurrentHashMap<>();

    @Override
    public void save(ApiToken token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return byId.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public List<ApiToken> list(String username) {
        return byId.values().stream().filter(t -> t.username().equals(username))
            .sorted(Comparator.comparing(ApiToken::createdAt)).toList();
    }

    @Override
    public boolean delete(String username, String id) {
        ApiToken t = byId.get(id);
        return t != null && t.username().equals(username) && byId.remove(id) != null;
    }
}
