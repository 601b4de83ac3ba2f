package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.centralino.core.phonebook.Book;
import org.centralino.core.phonebook.ImportReport;
import org.centralino.core.phonebook.PhonebookTransfer;

/**
 * CSV import with preview ({@code ?dryRun=true} checks every row and writes nothing) and CSV and vCard export, for
 * {@code /api/v1/phonebook/shared} and {@code /api/v1/phonebook/personal} (the caller's own contacts).
 */
final class PhonebookCsvRoutes {
    /** A 50,000-row phonebook with every field filled is about 10 MB; the body is streamed under this ceiling. */
    static final long MAX_IMPORT_BYTES = 16L * 1024 * 1024;

    private final PhonebookTransfer transfer;

    PhonebookCsvRoutes(PhonebookTransfer transfer) {
        this.transfer = transfer;
    }

    /** Registered before the {@code /{id}} routes of {@link ContactRoutes}, so "export.csv" is not taken for an id. */
    void register(RoutesConfig routes) {
        for (Book book : Book.values()) {
            String base = PhonebookSearchRoutes.BASE + "/" + book.wire();
            routes.post(base + "/import", ctx -> importCsv(ctx, book), Access.AUTHENTICATED);
            routes.get(base + "/export.csv", ctx -> exportCsv(ctx, book), Access.AUTHENTICATED);
            routes.get(base + "/export.vcf", ctx -> exportVcf(ctx, book), Access.AUTHENTICATED);
        }
    }

    private void importCsv(Context ctx, Book book) throws IOException {
        QueryParams p = new QueryParams(ctx, Set.of("dryRun"));
        boolean dryRun = p.bool("dryRun", false);
        p.done();
        requireCsv(ctx.header("Content-Type"));
        if (ctx.req().getContentLengthLong() > MAX_IMPORT_BYTES) {
            throw tooLarge();
        }
        String text;
        try (InputStream in = new UploadLimit(RequestBody.stream(ctx), MAX_IMPORT_BYTES)) {
            text = utf8(in.readAllBytes());
        } catch (UploadLimit.TooLarge e) {
            throw tooLarge();
        }
        ImportReport report = transfer.importCsv(book, text, dryRun, Caller.of(ctx));
        ctx.json(report);
    }

    private void exportCsv(Context ctx, Book book) {
        String csv = transfer.exportCsv(book, Caller.of(ctx));
        download(ctx, "text/csv; charset=utf-8; header=present", book.wire() + "-phonebook.csv", csv);
    }

    private void exportVcf(Context ctx, Book book) {
        String vcf = transfer.exportVCard(book, Caller.of(ctx));
        download(ctx, "text/vcard; charset=utf-8", book.wire() + "-phonebook.vcf", vcf);
    }

    private static void download(Context ctx, String type, String fileName, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store"); // personal contacts must not sit in a shared cache
        ctx.contentType(type).result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** text/csv (RFC 4180 §3), UTF-8 when a charset is given. */
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
            throw new ApiException(400, "invalid_body", "the CSV is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "body_too_large", "the CSV is larger than the limit of " + MAX_IMPORT_BYTES
            + " bytes (" + (MAX_IMPORT_BYTES >> 20) + " MiB)");
    }
}
