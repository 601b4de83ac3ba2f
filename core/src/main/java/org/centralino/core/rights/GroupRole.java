package org.centralino.core.rights;

/** The role of an extension inside one group; each role of a group has its own set of {@link GroupRight}s. */
public enum GroupRole {
    MEMBER,
    MANAGER
}
