package org.centralino.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The body of a CSV import (extensions, phonebooks): {@code text/csv} (RFC 4180 §3) in UTF-8, streamed under a
 * ceiling. Another type or charset is 415 {@code unsupported_media_type}; a larger body 413 {@code body_too_large};
 * bytes that are not UTF-8 400 {@code invalid_csv}.
 */
final class CsvUpload {
    private CsvUpload() {
    }

    /** The body as text, after checking its type, its size (at most {@code maxBytes}) and its encoding. */
    static String read(Context ctx, long maxBytes) throws IOException {
        requireCsv(ctx.header("Content-Type"));
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = new UploadLimit(RequestBody.stream(ctx), maxBytes)) {
            return utf8(in.readAllBytes());
        } catch (UploadLimit.TooLarge e) {
            throw tooLarge(maxBytes);
        }
    }

    /** text/csv, UTF-8 when a charset is given. */
    private static void requireCsv(String header) {
        String type = header == null ? "" : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/csv")) {
            throw new ApiException(415, "unsupported_media_type", (header == null ? "the request has no Content-Type"
                : "Content-Type " + JsonBody.shorten(type) + " is not supported") + "; send text/csv (UTF-8)");
        }
        String lower = header.toLowerCase(Locale.ROOT).replace(" ", "");
        int cs = lower.indexOf("charset=");
        if (cs >= 0 && !lower.substring(cs + 8).replace("\"", "").startsWith("utf-8")) {
            throw new ApiException(415, "unsupported_media_type", "the CSV must be UTF-8; save it as \"CSV UTF-8\"");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_csv", "the CSV is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "body_too_large", "the CSV is larger than the limit of " + maxBytes
            + " bytes (" + (maxBytes >> 20) + " MiB)");
    }
}
