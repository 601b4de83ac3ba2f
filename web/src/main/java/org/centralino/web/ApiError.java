package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The body of every error answer: {@code {"code","message","field"?,"fields"?,"id"?}}. A stable machine code, a
 * sentence for humans, {@code field} naming the one offending field (body field, query parameter or header) when
 * exactly one is at fault, {@code fields} with the reason per field whenever fields are at fault, and for
 * unexpected failures the id under which the stack trace was logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String field, Map<String, String> fields, String id) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null, null, null);
    }

    /** An error about {@code fields}; {@code field} is set when there is exactly one. */
    public static ApiError ofFields(String code, String message, Map<String, String> fields) {
        String single = fields != null && fields.size() == 1 ? fields.keySet().iterator().next() : null;
        return new ApiError(code, message, single, fields == null || fields.isEmpty() ? null : fields, null);
    }
}
