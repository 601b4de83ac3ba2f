package org.centralino.core.rights;

import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;

/**
 * Who may see and change what, asked by the API and the event stream before they show or change anything
 * that belongs to an extension. The answer depends on the viewer's role, the groups and rights of seed 002
 * ("Diritti") and, for administrators, their delegated scope.
 */
public interface Visibility {
    /** Whether {@code viewer} may see {@code extension}'s presence (available, ringing, busy, DND, offline). */
    boolean canSeePresence(UserAccount viewer, String extension);

    /** Whether {@code viewer} may see the calls of {@code extension} (live and in the history). */
    boolean canSeeCalls(UserAccount viewer, String extension);

    /** Whether {@code viewer} may change {@code extension}'s settings (delegated administration). */
    boolean canManageExtension(UserAccount viewer, String extension);

    /** Whether {@code viewer} may add, change and delete contacts of the shared (company) phonebook. */
    boolean canManageSharedPhonebook(UserAccount viewer);

    /**
     * Rights from the role alone, with no groups: administrators and operators see everything, others their own
     * extension; only administrators manage extensions; administrators and phonebook managers edit the shared
     * phonebook.
     */
    static Visibility roleBased() {
        return new Visibility() {
            @Override
            public boolean canSeePresence(UserAccount viewer, String extension) {
                return viewer.role() == Role.ADMIN || viewer.role() == Role.OPERATOR || viewer.owns(extension);
            }

            @Override
            public boolean canSeeCalls(UserAccount viewer, String extension) {
                return canSeePresence(viewer, extension);
            }

            @Override
            public boolean canManageExtension(UserAccount viewer, String extension) {
                return viewer.isAdmin();
            }

            @Override
            public boolean canManageSharedPhonebook(UserAccount viewer) {
                return viewer.isAdmin() || viewer.role() == Role.PHONEBOOK_MANAGER;
            }
        };
    }
}
