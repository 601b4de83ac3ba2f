package org.centralino.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson configuration of the API. */
final class Json {
    private Json() {
    }

    /**
     * Strict reading: a repeated key or text after the JSON value is an error, not silently "last wins"
     * or ignored. Jackson's default stream limits (nesting depth 500, numbers of 1000 digits, strings of
     * 20 M characters) stand, and the request size limit is far below those.
     */
    static JsonMapper mapper() {
        return JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    }
}
