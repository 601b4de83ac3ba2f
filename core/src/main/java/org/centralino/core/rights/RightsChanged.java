package org.centralino.core.rights;

/**
 * Published on the event bus after a change of a group or of a delegated scope, which alters who may see or
 * manage what: caches of rights drop what they hold.
 *
 * @param what a short description for logs, such as "group everyone updated"
 */
public record RightsChanged(String what) {
}
