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

    /** A refusal caused by one field, body field, query parameter or header; the body names it in {@code field}. */
    static ApiException field(int status, String code, String field, String reason) {
        return new ApiException(status, code, field + " " + reason, Map.of(field, reason));
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    ApiError body() {
        return ApiError.ofFields(code, getMessage(), fields);
    }
}
