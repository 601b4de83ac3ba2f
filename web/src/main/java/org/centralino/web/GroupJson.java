package org.centralino.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralino.core.rights.Group;
import org.centralino.core.rights.GroupRight;
import org.centralino.core.rights.GroupRole;

/** A group as the API shows it; rights per group role, both roles always present, rights in their fixed order. */
record GroupJson(String id, String name, boolean everyone, List<MemberJson> members,
                 Map<String, List<String>> rights, String createdAt, String updatedAt, long version) {

    record MemberJson(String extension, String role) {
    }

    static GroupJson of(Group g) {
        Map<String, List<String>> rights = new LinkedHashMap<>();
        for (GroupRole role : GroupRole.values()) {
            EnumSet<GroupRight> set = EnumSet.noneOf(GroupRight.class);
            set.addAll(g.rightsOf(role));
            rights.put(role.name(), set.stream().map(Enum::name).toList());
        }
        return new GroupJson(g.id(), g.name(), g.everyone(),
            g.members().stream().map(m -> new MemberJson(m.extension(), m.role().name())).toList(), rights,
            g.createdAt().toString(), g.updatedAt().toString(), g.version());
    }
}
