package org.centralino.core.rights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.centralino.core.validation.Text;
import org.centralino.core.validation.Violations;

/** The field rules of a group; each records its reasons under the API field name and returns the checked value. */
final class GroupRules {
    static final int NAME_MAX = 100;
    static final int MEMBERS_MAX = 2000;

    private GroupRules() {
    }

    static String name(String v, Violations bad) {
        if (v == null) {
            bad.add("name", "is required");
            return null;
        }
        String s = v.strip();
        if (s.isEmpty()) {
            bad.add("name", "must not be empty");
        } else if (Text.length(s) > NAME_MAX) {
            bad.add("name", "must be at most " + NAME_MAX + " characters");
        } else if (Text.hasControlOrBrokenUnicode(s)) {
            bad.add("name", "must not contain control characters or broken Unicode");
        } else {
            return s;
        }
        return null;
    }

    /** Members: each an existing extension, at most once, with role MEMBER (default) or MANAGER. */
    static List<GroupMember> members(List<GroupDraft.MemberDraft> in, Predicate<String> extensionExists,
                                     Violations bad) {
        if (in.size() > MEMBERS_MAX) {
            bad.add("members", "must list at most " + MEMBERS_MAX + " extensions");
            return null;
        }
        List<GroupMember> out = new ArrayList<>(in.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            GroupDraft.MemberDraft m = in.get(i);
            String field = "members[" + i + "]";
            GroupRole role = m.role() == null ? GroupRole.MEMBER : parse(GroupRole.class, m.role());
            if (m.extension() == null) {
                bad.add(field + ".extension", "is required");
            } else if (!extensionExists.test(m.extension())) {
                bad.add(field + ".extension", "no extension " + quote(m.extension()) + " exists");
            } else if (!seen.add(m.extension())) {
                bad.add(field + ".extension", "extension " + m.extension() + " is listed more than once");
            }
            if (role == null) {
                bad.add(field + ".role", "must be MEMBER or MANAGER, not " + quote(m.role()));
            }
            if (role != null && m.extension() != null) {
                out.add(new GroupMember(m.extension(), role));
            }
        }
        return out;
    }

    static Map<GroupRole, Set<GroupRight>> rights(Map<String, List<String>> in, Violations bad) {
        Map<GroupRole, Set<GroupRight>> out = new EnumMap<>(GroupRole.class);
        in.forEach((roleName, names) -> {
            GroupRole role = parse(GroupRole.class, roleName);
            if (role == null) {
                bad.add("rights." + shorten(roleName), "is not a group role; use MEMBER or MANAGER");
                return;
            }
            Set<GroupRight> set = EnumSet.noneOf(GroupRight.class);
            for (String name : names) {
                GroupRight right = parse(GroupRight.class, name);
                if (right == null) {
                    bad.add("rights." + roleName, "unknown right " + quote(name) + "; allowed: "
                        + String.join(", ", EnumSet.allOf(GroupRight.class).stream().map(Enum::name).toList()));
                } else {
                    set.add(right);
                }
            }
            out.put(role, set);
        });
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + shorten(s) + "'";
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
