package org.centralino.core.rights;

import java.util.Objects;
import org.centralino.core.account.AccountStore;
import org.centralino.core.account.UnknownAccountException;
import org.centralino.core.account.UserAccount;
import org.centralino.core.event.EventBus;

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
        UserAccount user = user(username);
        return AdminScope.effective(user, store.find(username).orElse(null));
    }

    /** The scope stored for the user, whatever the role (what PUT wrote; NONE when never set). */
    public AdminScope stored(String username) {
        user(username);
        return store.find(username).orElse(AdminScope.NONE);
    }

    /** Replaces the stored scope. An ADMIN keeps FULL whatever is stored; the row matters if the role changes. */
    public AdminScope set(String username, AdminScope scope) {
        Objects.requireNonNull(scope, "scope");
        user(username);
        store.save(username, scope);
        events.publish(new RightsChanged("scope of " + username + " set"));
        return get(username);
    }

    private UserAccount user(String username) {
        return accounts.find(Objects.requireNonNull(username, "username"))
            .orElseThrow(() -> new UnknownAccountException(username));
    }
}
