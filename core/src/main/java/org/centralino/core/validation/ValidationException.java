package org.centralino.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks the rules of a use case. Carries every bad field with the reason, so a client can
 * fix all of them at once instead of one per round trip. The web layer answers it with 422.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fields;

    public ValidationException(Map<String, String> fields) {
        super(describe(fields));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one field");
        }
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Field name → reason, in the order the fields were checked. */
    public Map<String, String> fields() {
        return fields;
    }

    private static String describe(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("invalid input: ");
        fields.forEach((field, reason) -> sb.append(field).append(' ').append(reason).append("; "));
        sb.setLength(sb.length() - 2);
        return sb.toString();
    }
}
