package org.centralino.core.account;

import java.util.List;
import java.util.Optional;

/** Where API tokens live; durable and shared by cluster nodes. */
public interface ApiTokenStore {
    void save(ApiToken token);

    Optional<ApiToken> findByHash(String tokenHash);

    /** The user's tokens, oldest first. */
    List<ApiToken> list(String username);

    /** Deletes the user's token {@code id}; false when the user has no such token. */
    boolean delete(String username, String id);
}
