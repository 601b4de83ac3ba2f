package org.centralino.core.rights;

import java.util.Objects;
import org.centralino.core.account.UserAccount;

/**
 * Delegated administration of one user (seed 002, "Delegare la Gestione dell'Interno"): which extensions they
 * manage, and the system areas they may administer. An ADMIN has {@link #FULL} whatever is stored.
 */
public record AdminScope(ExtensionScope extensions, boolean trunks, boolean system, boolean reports,
                         boolean recordings) {
    public static final AdminScope NONE = new AdminScope(ExtensionScope.NONE, false, false, false, false);
    public static final AdminScope FULL = new AdminScope(ExtensionScope.ALL, true, true, true, true);

    public AdminScope {
        Objects.requireNonNull(extensions, "extensions");
    }

    /** The scope that applies to {@code user}: FULL for an ADMIN, else the stored one (null: none). */
    public static AdminScope effective(UserAccount user, AdminScope stored) {
        if (user.isAdmin()) {
            return FULL;
        }
        return stored == null ? NONE : stored;
    }
}
