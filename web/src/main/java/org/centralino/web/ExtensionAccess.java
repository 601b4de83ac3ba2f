package org.centralino.web;

import org.centralino.core.account.UserAccount;
import org.centralino.core.rights.AdminScope;
import org.centralino.core.rights.ExtensionScope;

/**
 * Delegated administration on {@code /api/v1/extensions} (seed 002): a user manages the extensions their scope
 * covers (OWN, GROUPS, ALL; an ADMIN all), sees only those in the list, and needs ALL to create or delete one.
 * Refusals are 403 {@code forbidden} saying which scope the caller has and what it allows.
 */
final class ExtensionAccess {
    private final AccountServices services;

    ExtensionAccess(AccountServices services) {
        this.services = services;
    }

    /** Any extension administration at all: a scope other than NONE. */
    void requireAdministrator(UserAccount caller) {
        if (scope(caller) == ExtensionScope.NONE) {
            throw new ApiException(403, "forbidden", "your account does not administer extensions (delegated scope "
                + "NONE); an administrator can grant a scope under /api/v1/users/" + caller.username() + "/scope");
        }
    }

    /** The caller may manage extension {@code number}. */
    void requireManage(UserAccount caller, String number) {
        requireAdministrator(caller);
        if (!canManage(caller, number)) {
            throw new ApiException(403, "forbidden", "extension " + JsonBody.shorten(number) + " is outside your "
                + "delegated scope " + scope(caller) + " (" + explain(scope(caller)) + ")");
        }
    }

    /** Creating and deleting extensions needs scope ALL. */
    void requireAll(UserAccount caller, String what) {
        ExtensionScope scope = scope(caller);
        if (scope != ExtensionScope.ALL) {
            throw new ApiException(403, "forbidden", what + " needs the delegated scope ALL; yours is " + scope
                + " (" + explain(scope) + ")");
        }
    }

    boolean canManage(UserAccount caller, String number) {
        return services.visibility().canManageExtension(caller, number);
    }

    private ExtensionScope scope(UserAccount caller) {
        AdminScope s = services.scopeOf(caller);
        return s.extensions();
    }

    private static String explain(ExtensionScope scope) {
        return switch (scope) {
            case NONE -> "no extensions";
            case OWN -> "only your own extension";
            case GROUPS -> "your own extension and those in your groups";
            case ALL -> "every extension";
        };
    }
}
