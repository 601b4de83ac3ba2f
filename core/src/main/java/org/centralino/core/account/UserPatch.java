package org.centralino.core.account;

import org.centralino.core.directory.Change;

/**
 * A partial change of a user: each field is kept or set; {@code null} clears the optional ones (email, mobile,
 * extension) and is refused for the others. {@code password} sets a new password (an administrator's reset).
 */
public record UserPatch(Change<String> displayName, Change<String> email, Change<String> mobile,
                        Change<String> language, Change<String> timeZone, Change<String> dateFormat,
                        Change<String> extension, Change<String> role, Change<Boolean> enabled,
                        Change<String> password) {

    /** The fields a user may change in their own profile; the rest are kept. */
    public static UserPatch profile(Change<String> displayName, Change<String> email, Change<String> mobile,
                                    Change<String> language, Change<String> timeZone, Change<String> dateFormat) {
        return new UserPatch(displayName, email, mobile, language, timeZone, dateFormat, Change.keep(),
            Change.keep(), Change.keep(), Change.keep());
    }

    @Override
    public String toString() {
        return "UserPatch[password " + (password.isChanged() ? "changed" : "kept") + "]";
    }
}
