package org.centralino.core.rights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable index of the groups and scopes, built once and read by every visibility question until the next
 * change: per extension, the groups that list it and its role there; the everyone groups apart, since they hold
 * every extension.
 */
final class RightsSnapshot {
    /** One group an extension belongs to, with its role there. */
    record Membership(Group group, GroupRole role) {
    }

    private final Map<String, List<Membership>> listed = new HashMap<>();
    private final List<Group> everyoneGroups = new ArrayList<>();
    private final Map<String, AdminScope> scopes;

    RightsSnapshot(List<Group> groups, Map<String, AdminScope> scopes) {
        for (Group g : groups) {
            if (g.everyone()) {
                everyoneGroups.add(g);
            }
            for (GroupMember m : g.members()) {
                listed.computeIfAbsent(m.extension(), k -> new ArrayList<>()).add(new Membership(g, m.role()));
            }
        }
        this.scopes = Map.copyOf(scopes);
    }

    /** Every group {@code extension} is in (explicitly or through an everyone group), with its role; null: none. */
    List<Membership> memberships(String extension) {
        List<Membership> out = new ArrayList<>();
        List<Membership> explicit = extension == null ? List.of() : listed.getOrDefault(extension, List.of());
        out.addAll(explicit);
        for (Group g : everyoneGroups) {
            if (explicit.stream().noneMatch(m -> m.group() == g)) {
                out.add(new Membership(g, GroupRole.MEMBER));
            }
        }
        return out;
    }

    /** The groups that list {@code extension} explicitly. */
    List<Membership> listedIn(String extension) {
        return listed.getOrDefault(extension, List.of());
    }

    AdminScope storedScope(String username) {
        return scopes.get(username);
    }
}
