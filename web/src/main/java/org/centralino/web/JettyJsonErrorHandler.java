package org.centralino.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jetty answers some requests before Javalin sees them: unparseable HTTP, ambiguous or badly encoded
 * URIs, oversized headers. This handler gives those the API's JSON error shape instead of an HTML page.
 */
final class JettyJsonErrorHandler extends ErrorHandler {
    private final JsonMapper mapper;

    JettyJsonErrorHandler(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; the API answers every method with JSON. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    private byte[] body(int code, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        String error = code >= 500 ? "internal_error" : code == 400 ? "bad_request" : "http_" + code;
        return mapper.writeValueAsBytes(ApiError.of(error, "the server could not handle the request: " + text));
    }
}
