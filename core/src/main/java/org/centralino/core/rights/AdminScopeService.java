package org.centralino.core.rights;

import java.util.Objects;
import org.centralino.core.account.AccountStore;
import org.centralino.core.account.UnknownAccountException;
import org.centralino.core.account.UserAccount;
import org.centralino.core.event.EventBus;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;

/** Reads and sets the delegated administration scope of a user; a change publishes {@link RightsChanged}. */
public final class AdminScopeService {
    private final AdminScopeStore store;
    private final AccountStore accounts;
    private final EventBus events;

    public AdminScopeService(AdminScopeStore store, AccountStore accounts, EventBus events) {
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The scope that applies to the user (FULL for an ADMIN). @throws UnknownAccountException when none */
    public AdminScope get(String username) {
        return of(user(username));
    }

    /** The scope that applies to {@code user}, already read (the authenticated caller): no second read of it. */
    public AdminScope of(UserAccount user) {
        return AdminScope.effective(user, store.find(user.username()).orElse(null));
    }

    /** The scope stored for the user, whatever the role (what PUT wrote; NONE when never set). */
    public AdminScope stored(String username) {
        user(username);
        return store.find(username).orElse(AdminScope.NONE);
    }

    /** The version of the stored scope, its ETag (0 when never set). */
    public long version(String username) {
        user(username);
        return store.version(username);
    }

    /**
     * Replaces the stored scope if its version is one {@code expected} allows (If-Match). An ADMIN keeps FULL
     * whatever is stored; the row matters if the role changes.
     *
     * @throws VersionMismatchException when the stored version is another, or another writer was first
     */
    public AdminScope set(String username, AdminScope scope, ExpectedVersion expected) {
        Objects.requireNonNull(scope, "scope");
        user(username);
        long current = store.version(username);
        expected.check("the scope of " + username, current);
        if (!store.save(username, scope, current)) {
            throw new VersionMismatchException("the scope of " + username, -1);
        }
        events.publish(new RightsChanged("scope of " + username + " set"));
        return get(username);
    }

    private UserAccount user(String username) {
        return accounts.find(Objects.requireNonNull(username, "username"))
            .orElseThrow(() -> new UnknownAccountException(username));
    }
}
