package org.centralino.core.rights;

import java.util.Objects;

/** An extension in a group, with its role there. */
public record GroupMember(String extension, GroupRole role) {
    public GroupMember {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(role, "role");
    }
}
