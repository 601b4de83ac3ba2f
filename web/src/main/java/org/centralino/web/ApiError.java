package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The body of every error answer: a stable machine code, a sentence for humans, the bad fields when
 * there are any, and for unexpected failures the id under which the stack trace was logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Map<String, String> fields, String id) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null, null);
    }
}
