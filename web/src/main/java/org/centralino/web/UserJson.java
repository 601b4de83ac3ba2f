package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.centralino.core.account.UserAccount;
import org.centralino.core.rights.AdminScope;

/**
 * A user as the API shows it: never the password hash. {@code scope} (the delegated administration that applies)
 * is shown to the user themself ({@code /me}, login), not in the administrators' user list.
 */
record UserJson(
    String username,
    String displayName,
    String email,
    String mobile,
    String language,
    String timeZone,
    String dateFormat,
    String extension,
    String role,
    boolean enabled,
    String createdAt,
    String updatedAt,
    long version,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScopeJson scope,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean canManageSharedPhonebook) {

    static UserJson of(UserAccount u) {
        return new UserJson(u.username(), u.displayName(), u.email(), u.mobile(), u.language(), u.timeZone(),
            u.dateFormat(), u.extension(), u.role().name(), u.enabled(), u.createdAt().toString(),
            u.updatedAt().toString(), u.version(), null, null);
    }

    /**
     * The user as they see themself: with the delegated scope, and whether they may edit the shared phonebook (the
     * role or a group right grants it), so the UI offers only what the API allows.
     */
    static UserJson self(UserAccount u, AdminScope scope, boolean canManageSharedPhonebook) {
        return new UserJson(u.username(), u.displayName(), u.email(), u.mobile(), u.language(), u.timeZone(),
            u.dateFormat(), u.extension(), u.role().name(), u.enabled(), u.createdAt().toString(),
            u.updatedAt().toString(), u.version(), ScopeJson.of(scope), canManageSharedPhonebook);
    }
}
