package org.centralino.web;

import io.javalin.http.Context;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a request body that must be one JSON object, and turns every way it can fail into a 4xx with a
 * message that says what and where: not JSON (415), empty (400), malformed (400 with line and column),
 * not an object (400).
 */
final class JsonBody {
    private JsonBody() {
    }

    static ObjectNode object(Context ctx, JsonMapper mapper) {
        requireJsonContentType(ctx.header("Content-Type"));
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new ApiException(400, "invalid_body", "the request body is empty; expected a JSON object");
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new ApiException(400, "malformed_json", "the request body is not valid JSON: "
                + e.getOriginalMessage() + where(e.getLocation()));
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiException(400, "invalid_body", "the request body holds no JSON value; expected an object");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ApiException(400, "invalid_body", "the request body is a JSON "
                + node.getNodeType().name().toLowerCase(Locale.ROOT) + "; expected an object");
        }
        return object;
    }

    /** application/json, with an optional charset that must be UTF-8 (RFC 8259 §8.1). */
    static void requireJsonContentType(String header) {
        if (header == null || header.isBlank()) {
            throw unsupported("the request has no Content-Type; send application/json");
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json")) {
            throw unsupported("Content-Type " + shorten(type) + " is not supported; send application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                throw unsupported("charset " + shorten(p.substring(8)) + " is not supported; JSON is UTF-8");
            }
        }
    }

    private static ApiException unsupported(String message) {
        return new ApiException(415, "unsupported_media_type", message);
    }

    private static String where(TokenStreamLocation loc) {
        if (loc == null || loc == TokenStreamLocation.NA || loc.getLineNr() < 1) {
            return "";
        }
        return " (at line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
