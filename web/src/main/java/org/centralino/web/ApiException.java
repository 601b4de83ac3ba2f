package org.centralino.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request the API refuses with a 4xx status; thrown by handlers, answered by {@link ErrorMapping}. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> fields;

    ApiException(int status, String code, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    int status() {
        return status;
    }

    ApiError body() {
        return new ApiError(code, getMessage(), fields, null);
    }
}
