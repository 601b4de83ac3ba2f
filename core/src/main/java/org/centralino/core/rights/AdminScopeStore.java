package org.centralino.core.rights;

import java.util.Map;
import java.util.Optional;

/** The stored delegated scopes, per username; a user without a row has none. */
public interface AdminScopeStore {
    Optional<AdminScope> find(String username);

    /** Every stored scope by username (the rights cache loads them at once). */
    Map<String, AdminScope> all();

    /** The version of the stored scope (the ETag); 0 when none is stored. */
    long version(String username);

    /**
     * Inserts (expected version 0) or replaces the scope of an existing user while the stored version is still
     * {@code expectedVersion}, and moves it to the next version (compare-and-set).
     *
     * @return false when another writer was first (the version moved, or the first row was inserted meanwhile)
     */
    boolean save(String username, AdminScope scope, long expectedVersion);
}
