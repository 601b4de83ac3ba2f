package org.centralino.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of a phonebook route: unknown and repeated parameters, and values that cannot be read, are
 * collected and answered together with 400 {@code invalid_parameter} (or {@code unknown_parameter}) by
 * {@link #done()}, each under its name.
 */
final class QueryParams {
    private final Map<String, List<String>> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    QueryParams(Context ctx, Set<String> known) {
        this.params = ctx.queryParamMap();
        Set<String> unknown = new TreeSet<>();
        params.keySet().stream().filter(p -> !known.contains(p)).forEach(p -> unknown.add(JsonBody.shorten(p)));
        if (!unknown.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            unknown.forEach(p -> fields.put(p, "is not a known parameter"));
            throw new ApiException(400, "unknown_parameter", "unknown query parameter" + (unknown.size() > 1 ? "s "
                : " ") + String.join(", ", unknown) + "; allowed: " + String.join(", ", new TreeSet<>(known)), fields);
        }
    }

    /** The one value of {@code name}, or null when absent; a repeated parameter is an error. */
    String string(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.put(name, "is given " + values.size() + " times; give it once");
            return null;
        }
        return values.getFirst();
    }

    /** An integer from {@code min} to {@code max}, {@code byDefault} when absent. */
    int integer(String name, int min, int max, int byDefault) {
        String v = string(name);
        if (v == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        errors.put(name, "must be an integer from " + min + " to " + max + ", not '" + JsonBody.shorten(v) + "'");
        return byDefault;
    }

    boolean bool(String name, boolean byDefault) {
        String v = string(name);
        if (v == null) {
            return byDefault;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        errors.put(name, "must be true or false, not '" + JsonBody.shorten(v) + "'");
        return byDefault;
    }

    /** Records a problem with a parameter whose value was read but is wrong. */
    void invalid(String name, String reason) {
        errors.putIfAbsent(name, reason);
    }

    /** Throws 400 naming every bad parameter, if any. */
    void done() {
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("invalid query parameters: ");
            errors.forEach((p, reason) -> sb.append(p).append(' ').append(reason).append("; "));
            sb.setLength(sb.length() - 2);
            throw new ApiException(400, "invalid_parameter", sb.toString(), errors);
        }
    }
}
