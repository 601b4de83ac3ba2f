package org.centralino.core.rights;

import java.util.Map;
import java.util.Optional;

/** The stored delegated scopes, per username; a user without a row has none. */
public interface AdminScopeStore {
    Optional<AdminScope> find(String username);

    /** Every stored scope by username (the rights cache loads them at once). */
    Map<String, AdminScope> all();

    /** Inserts or replaces the scope of an existing user. */
    void save(String username, AdminScope scope);
}
