package org.centralino.core.account;

/**
 * A new user as an administrator sends it, not yet checked. Null means absent: the defaults are the display name
 * = username, Italian, Europe/Rome, dd/MM/yyyy, no extension, enabled.
 *
 * @param role      ADMIN, OPERATOR, PHONEBOOK_MANAGER or USER (required)
 * @param extension the number of an existing extension the user will own, or null
 */
public record UserDraft(String username, String password, String displayName, String email, String mobile,
                        String language, String timeZone, String dateFormat, String extension, String role,
                        Boolean enabled) {

    @Override
    public String toString() {
        return "UserDraft[username=" + username + ", role=" + role + ", extension=" + extension + "]";
    }
}
