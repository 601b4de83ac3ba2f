package org.centralino.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.rights.GroupDraft;
import org.centralino.core.rights.GroupRole;
import org.centralino.core.validation.Violations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a group body: {@code name}, {@code everyone}, {@code members} (an array of {@code {extension, role?}}) and
 * {@code rights} (an object from group role to an array of right names). Shapes are checked here (400 naming the
 * field); names of roles, rights and extensions are the use case's (422). In a PATCH, {@code members: null} and
 * {@code rights: null} clear them, while {@code name} and {@code everyone} cannot be null.
 */
final class GroupBody {
    static final Set<String> FIELDS = Set.of("name", "everyone", "members", "rights");
    private static final Set<String> MEMBER_FIELDS = Set.of("extension", "role");

    private GroupBody() {
    }

    static GroupDraft read(ObjectNode node) {
        JsonFields body = new JsonFields(node, FIELDS);
        String name = body.string("name");
        Boolean everyone = body.booleanChange("everyone").orElse(null);
        Map<String, String> wrong = new LinkedHashMap<>();
        List<GroupDraft.MemberDraft> members = members(node.get("members"), wrong);
        Map<String, List<String>> rights = rights(node.get("rights"), wrong);
        body.done();
        if (!wrong.isEmpty()) {
            throw new ApiException(400, "wrong_type", "wrong type: " + String.join("; ", wrong.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()), wrong);
        }
        Violations bad = new Violations();
        if (node.has("name") && node.get("name").isNull()) {
            bad.add("name", "must not be null");
        }
        if (node.has("everyone") && node.get("everyone").isNull()) {
            bad.add("everyone", "must be true or false, not null");
        }
        bad.throwIfAny();
        return new GroupDraft(name, everyone, members, rights);
    }

    private static List<GroupDraft.MemberDraft> members(JsonNode v, Map<String, String> wrong) {
        if (v == null) {
            return null;
        }
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            wrong.put("members", "must be an array of {extension, role} objects");
            return null;
        }
        List<GroupDraft.MemberDraft> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode m = v.get(i);
            String field = "members[" + i + "]";
            if (!m.isObject()) {
                wrong.put(field, "must be an object {extension, role}");
                continue;
            }
            for (String key : m.propertyNames()) {
                if (!MEMBER_FIELDS.contains(key)) {
                    wrong.put(field + "." + JsonBody.shorten(key), "is not a known field; allowed: extension, role");
                }
            }
            String extension = text(m.get("extension"), field + ".extension", wrong);
            String role = text(m.get("role"), field + ".role", wrong);
            out.add(new GroupDraft.MemberDraft(extension, role));
        }
        return out;
    }

    private static Map<String, List<String>> rights(JsonNode v, Map<String, String> wrong) {
        if (v == null) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (v.isNull()) {
            for (GroupRole role : GroupRole.values()) {
                out.put(role.name(), List.of());
            }
            return out;
        }
        if (!v.isObject()) {
            wrong.put("rights", "must be an object from group role (MEMBER, MANAGER) to an array of rights");
            return null;
        }
        for (String role : v.propertyNames()) {
            JsonNode list = v.get(role);
            String field = "rights." + JsonBody.shorten(role);
            if (!list.isArray()) {
                wrong.put(field, "must be an array of right names");
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode n : list) {
                if (!n.isString()) {
                    wrong.put(field, "must be an array of right names (strings)");
                    break;
                }
                names.add(n.stringValue());
            }
            out.put(role, names);
        }
        return out;
    }

    private static String text(JsonNode v, String field, Map<String, String> wrong) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            wrong.put(field, "must be a string");
            return null;
        }
        return v.stringValue();
    }
}
