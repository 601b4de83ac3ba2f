package org.centralino.core.account;

/**
 * What a web user is, one per user (seed 000 and 002). Finer rights come from groups
 * ({@code org.centralino.core.rights}) and, for delegated administrators, from their admin scope.
 */
public enum Role {
    /** Everything: every extension, user, group and setting. */
    ADMIN,
    /** A receptionist: sees every extension's presence and calls (the operator console). */
    OPERATOR,
    /** Edits the shared (company) phonebook, otherwise a user (seed 000: the phonebook_manager login). */
    PHONEBOOK_MANAGER,
    /** The portal for one's own extension: phonebooks, call history, DND and forwarding. */
    USER
}
