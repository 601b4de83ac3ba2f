package org.centralino.core.rights;

/**
 * Published on the event bus after a change that alters who may see or manage what (a group, a scope, a user
 * deleted): caches of rights drop what they hold.
 *
 * @param what a short description for logs, such as "group everyone updated"
 */
public record RightsChanged(String what) {
}
