package org.centralino.core.history;

import java.util.Optional;
import java.util.Set;
import org.centralino.core.account.UserAccount;

/**
 * Names the other party of a call for one viewer, and finds the numbers a typed name stands for. The
 * directory's extension names are the first source ({@link DirectoryCallerNames}); the phonebook lookup of seed
 * 004 (private contact, shared phonebook, public contacts) plugs in here, which is why the viewer is passed: a
 * private contact names a number for its owner only.
 */
public interface CallerNames {
    /** The name {@code viewer} knows {@code number} by, if any. */
    Optional<String> nameOf(UserAccount viewer, String number);

    /** Up to {@code max} numbers whose name contains {@code text} (ignoring case), as {@code viewer} sees them. */
    Set<String> numbersNamed(UserAccount viewer, String text, int max);
}
