package org.centralino.core.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the bad fields of one request; {@link #throwIfAny()} raises them together. Not thread-safe. */
public final class Violations {
    private final Map<String, String> fields = new LinkedHashMap<>();

    /** Records a reason for a field; the first reason given for a field wins. */
    public Violations add(String field, String reason) {
        fields.putIfAbsent(field, reason);
        return this;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public void throwIfAny() {
        if (!fields.isEmpty()) {
            throw new ValidationException(fields);
        }
    }
}
