package org.centralino.web;

import java.time.Clock;
import java.util.Objects;
import org.centralino.core.account.ApiTokenService;
import org.centralino.core.account.AuthService;
import org.centralino.core.account.UserAccount;
import org.centralino.core.account.UserService;
import org.centralino.core.audit.AuditLog;
import org.centralino.core.rights.AdminScope;
import org.centralino.core.rights.AdminScopeService;
import org.centralino.core.rights.GroupService;
import org.centralino.core.rights.Visibility;

/**
 * What the account, rights and audit routes need, wired by the server. {@link #authOnly} is the set of a server
 * built without them (the older constructors): login works, the user, group, scope, token and audit routes answer
 * 503, rights come from the role alone and nothing is audited.
 *
 * @param visibility who may see and manage what; the server passes its {@code GroupVisibility}
 */
public record AccountServices(AuthService auth, UserService users, AdminScopeService scopes, GroupService groups,
                              ApiTokenService tokens, AuditLog audit, Visibility visibility, Clock clock) {

    public AccountServices {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(clock, "clock");
    }

    /** Login and sessions only, rights from the role ({@link Visibility#roleBased()}). */
    public static AccountServices authOnly(AuthService auth) {
        return new AccountServices(auth, null, null, null, null, null, Visibility.roleBased(), Clock.systemUTC());
    }

    /** {@code user} as they see themself ({@code /me}, login, session). */
    UserJson self(UserAccount user) {
        return UserJson.self(user, scopeOf(user), visibility.canManageSharedPhonebook(user));
    }

    /** The delegated scope that applies to {@code user}; FULL for an ADMIN, NONE for others without the service. */
    AdminScope scopeOf(UserAccount user) {
        return scopes == null ? AdminScope.effective(user, null) : scopes.of(user);
    }

    UserService requireUsers() {
        return require(users, "user administration");
    }

    AdminScopeService requireScopes() {
        return require(scopes, "delegated administration");
    }

    GroupService requireGroups() {
        return require(groups, "groups and rights");
    }

    ApiTokenService requireTokens() {
        return require(tokens, "API tokens");
    }

    AuditLog requireAudit() {
        return require(audit, "the audit log");
    }

    private static <T> T require(T service, String what) {
        if (service == null) {
            throw new ApiException(503, "unavailable", what + " is not enabled on this server");
        }
        return service;
    }
}
