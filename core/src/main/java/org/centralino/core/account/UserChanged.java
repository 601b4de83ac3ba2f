package org.centralino.core.account;

/**
 * Published on the event bus after a user's role or extension changed or the user was deleted: what the user may
 * see or manage changed with it, so caches of rights drop what they hold.
 */
public record UserChanged(String username) {
}
