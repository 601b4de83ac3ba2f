package org.centralino.core.rights;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A group of extensions and what each group role may do in it (seed 002). An {@code everyone} group has every
 * extension as an implicit {@link GroupRole#MEMBER}; members listed explicitly keep the role they are given.
 *
 * @param id      stable identifier (the URL's {@code /groups/{id}})
 * @param members explicit members, at most once per extension
 * @param rights  the rights of each role; a role without an entry has none
 * @param version starts at 1, grows by one on every update: the ETag and the compare-and-set key
 */
public record Group(String id, String name, boolean everyone, List<GroupMember> members,
                    Map<GroupRole, Set<GroupRight>> rights, Instant createdAt, Instant updatedAt, long version) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        members = List.copyOf(members);
        rights = copy(rights);
        if (version < 1) {
            throw new IllegalArgumentException("group " + id + ": version must be at least 1, was " + version);
        }
    }

    /** The rights of {@code role} in this group (empty when none). */
    public Set<GroupRight> rightsOf(GroupRole role) {
        return rights.getOrDefault(role, Set.of());
    }

    /** The role of {@code extension} here: its explicit one, MEMBER in an everyone group, else empty. */
    public Optional<GroupRole> roleOf(String extension) {
        for (GroupMember m : members) {
            if (m.extension().equals(extension)) {
                return Optional.of(m.role());
            }
        }
        return everyone ? Optional.of(GroupRole.MEMBER) : Optional.empty();
    }

    /** Whether {@code extension} is listed explicitly (everyone groups do not count). */
    public boolean lists(String extension) {
        return members.stream().anyMatch(m -> m.extension().equals(extension));
    }

    private static Map<GroupRole, Set<GroupRight>> copy(Map<GroupRole, Set<GroupRight>> in) {
        Map<GroupRole, Set<GroupRight>> out = new EnumMap<>(GroupRole.class);
        for (GroupRole role : GroupRole.values()) {
            Set<GroupRight> set = in.get(role);
            out.put(role, set == null || set.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(set)));
        }
        return Map.copyOf(out);
    }
}
