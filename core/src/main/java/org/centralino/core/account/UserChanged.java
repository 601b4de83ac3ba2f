package org.centralino.core.account;

/**
 * Published on the event bus after a user's role, extension or enabled flag changed, the user's sessions were ended
 * (a password set) or the user was deleted: what the user may see or manage changed with it, so caches of rights
 * drop what they hold and open event streams of the user check their session and rights again at once.
 */
public record UserChanged(String username) {
}
