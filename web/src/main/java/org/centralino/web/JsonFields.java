package org.centralino.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.directory.Change;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed access to the fields of a JSON object body. Unknown fields and wrong types are collected and
 * answered together with 400 by {@link #done()}, each under its field name; checking values (lengths,
 * patterns) is the use case's job and answers 422.
 */
final class JsonFields {
    private final ObjectNode node;
    private final Map<String, String> typeErrors = new LinkedHashMap<>();

    /** Refuses, with 400, any field not in {@code allowed}. */
    JsonFields(ObjectNode node, Set<String> allowed) {
        this.node = node;
        Map<String, String> unknown = new LinkedHashMap<>();
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                unknown.put(JsonBody.shorten(name), "is not a known field");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "unknown_field", "unknown field" + (unknown.size() > 1 ? "s " : " ")
                + String.join(", ", unknown.keySet()) + "; allowed: " + String.join(", ", allowed.stream().sorted()
                .toList()), unknown);
        }
    }

    /** A string, or null when absent or null. */
    String string(String field) {
        return stringChange(field).orElse(null);
    }

    /** Absent: keep; null: change to null; a string: change to it. */
    Change<String> stringChange(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return Change.keep();
        }
        if (v.isNull()) {
            return Change.to(null);
        }
        if (!v.isString()) {
            return wrongType(field, "must be a string", v);
        }
        return Change.to(v.stringValue());
    }

    /** A list of strings, or null when absent or null. */
    List<String> stringList(String field) {
        return stringListChange(field).orElse(null);
    }

    Change<List<String>> stringListChange(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return Change.keep();
        }
        if (v.isNull()) {
            return Change.to(null);
        }
        if (!v.isArray()) {
            return wrongType(field, "must be an array of strings", v);
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (!e.isString()) {
                return wrongType(field, "must be an array of strings", e);
            }
            out.add(e.stringValue());
        }
        return Change.to(out);
    }

    Change<Boolean> booleanChange(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return Change.keep();
        }
        if (v.isNull()) {
            return Change.to(null);
        }
        if (!v.isBoolean()) {
            return wrongType(field, "must be true or false", v);
        }
        return Change.to(v.booleanValue());
    }

    /** An integer, or null when absent or null. */
    Integer integer(String field) {
        return integerChange(field).orElse(null);
    }

    /**
     * Absent: keep; null: change to null; a JSON integer that fits 32 bits: change to it. A fraction (30.5, also
     * 30.0), a string or an integer beyond 32 bits is of the wrong type; the range of the field is the use case's.
     */
    Change<Integer> integerChange(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return Change.keep();
        }
        if (v.isNull()) {
            return Change.to(null);
        }
        if (v.isNumber() && !(v.isIntegralNumber() && v.canConvertToInt())) {
            String expected = v.isIntegralNumber() ? "must be an integer of at most 32 bits" : "must be a whole number";
            typeErrors.putIfAbsent(field, expected + ", not " + JsonBody.shorten(v.toString()));
            return Change.keep();
        }
        if (!v.isIntegralNumber()) {
            return wrongType(field, "must be an integer", v);
        }
        return Change.to(v.intValue());
    }

    /** Throws 400 naming every field of the wrong type, if any. */
    void done() {
        if (!typeErrors.isEmpty()) {
            StringBuilder sb = new StringBuilder("wrong type: ");
            typeErrors.forEach((f, reason) -> sb.append(f).append(' ').append(reason).append("; "));
            sb.setLength(sb.length() - 2);
            throw new ApiException(400, "wrong_type", sb.toString(), typeErrors);
        }
    }

    private <T> Change<T> wrongType(String field, String expected, JsonNode actual) {
        typeErrors.putIfAbsent(field, expected + ", not " + describe(actual));
        return Change.keep();
    }

    private static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
