package org.centralino.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.centralino.core.directory.Change;
import org.centralino.core.forwarding.ForwardingPatch;
import org.centralino.core.forwarding.RulePatch;
import org.centralino.core.forwarding.TargetInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code PATCH .../forwarding} turned into a {@link ForwardingPatch}. Fields are named by their path
 * ({@code busy.target.type}); an unknown field anywhere is 400 {@code unknown_field}, a value of the wrong JSON
 * type 400 {@code wrong_type}, all of them reported together. Whether the values are acceptable (a target type,
 * a number, a range) is the use case's 422.
 */
final class ForwardingPatchJson {
    private static final Set<String> TOP = Set.of("dnd", "unconditional", "busy", "noAnswer", "unreachable");
    private static final Set<String> RULE = Set.of("enabled", "target");
    private static final Set<String> NO_ANSWER = Set.of("enabled", "target", "afterSeconds");
    private static final Set<String> TARGET = Set.of("type", "number");

    private final Map<String, String> unknown = new LinkedHashMap<>();
    private final Map<String, String> wrongType = new LinkedHashMap<>();

    private ForwardingPatchJson() {
    }

    /** @throws ApiException 400 naming every unknown field or field of the wrong type */
    static ForwardingPatch parse(ObjectNode body) {
        return new ForwardingPatchJson().patch(body);
    }

    private ForwardingPatch patch(ObjectNode body) {
        allow(body, "", TOP);
        Change<Boolean> dnd = bool(body.get("dnd"), "dnd");
        RulePatch unconditional = rule(body.get("unconditional"), "unconditional", RULE);
        RulePatch busy = rule(body.get("busy"), "busy", RULE);
        RulePatch noAnswer = rule(body.get("noAnswer"), "noAnswer", NO_ANSWER);
        JsonNode noAnswerNode = body.get("noAnswer");
        Change<Integer> seconds = noAnswerNode != null && noAnswerNode.isObject()
            ? integer(noAnswerNode.get("afterSeconds"), "noAnswer.afterSeconds") : Change.keep();
        RulePatch unreachable = rule(body.get("unreachable"), "unreachable", RULE);
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "unknown_field", "unknown field" + (unknown.size() > 1 ? "s " : " ")
                + String.join(", ", unknown.keySet()) + "; a forwarding change has dnd, unconditional, busy, noAnswer "
                + "and unreachable, each rule enabled and target {type, number}, noAnswer also afterSeconds", unknown);
        }
        if (!wrongType.isEmpty()) {
            StringBuilder sb = new StringBuilder("wrong type: ");
            wrongType.forEach((f, reason) -> sb.append(f).append(' ').append(reason).append("; "));
            sb.setLength(sb.length() - 2);
            throw new ApiException(400, "wrong_type", sb.toString(), wrongType);
        }
        return new ForwardingPatch(dnd, unconditional, busy, noAnswer, seconds, unreachable);
    }

    private void allow(JsonNode object, String prefix, Set<String> allowed) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                unknown.put(prefix + JsonBody.shorten(name), "is not a known field");
            }
        }
    }

    private RulePatch rule(JsonNode v, String field, Set<String> allowed) {
        if (v == null) {
            return RulePatch.KEEP;
        }
        if (!v.isObject()) {
            wrongType.put(field, "must be an object such as {\"enabled\":false}, not " + describe(v));
            return RulePatch.KEEP;
        }
        allow(v, field + ".", allowed);
        return new RulePatch(bool(v.get("enabled"), field + ".enabled"), target(v.get("target"), field + ".target"));
    }

    private Change<TargetInput> target(JsonNode v, String field) {
        if (v == null) {
            return Change.keep();
        }
        if (v.isNull()) {
            return Change.to(null);
        }
        if (!v.isObject()) {
            wrongType.put(field, "must be an object such as {\"type\":\"voicemail\"}, not " + describe(v));
            return Change.keep();
        }
        allow(v, field + ".", TARGET);
        return Change.to(new TargetInput(string(v.get("type"), field + ".type"),
            string(v.get("number"), field + ".number")));
    }

    private Change<Boolean> bool(JsonNode v, String field) {
        if (v == null) {
            return Change.keep();
        }
        if (!v.isNull() && !v.isBoolean()) {
            wrongType.put(field, "must be true or false, not " + describe(v));
            return Change.keep();
        }
        return Change.to(v.isNull() ? null : v.booleanValue());
    }

    private Change<Integer> integer(JsonNode v, String field) {
        if (v == null) {
            return Change.keep();
        }
        if (!v.isNull() && !(v.isIntegralNumber() && v.canConvertToInt())) {
            wrongType.put(field, "must be a whole number of seconds, not " + describe(v));
            return Change.keep();
        }
        return Change.to(v.isNull() ? null : v.intValue());
    }

    private String string(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            wrongType.put(field, "must be a string, not " + describe(v));
            return null;
        }
        return v.stringValue();
    }

    private static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + JsonBody.shorten(v.toString());
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
