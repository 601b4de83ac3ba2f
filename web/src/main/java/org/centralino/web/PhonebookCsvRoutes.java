package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final Auditor audit;

    /** @param audit records imports into the shared phonebook */
    PhonebookCsvRoutes(PhonebookTransfer transfer, Auditor audit) {
        this.transfer = transfer;
        this.audit = audit;
    }

    /** What the audit log keeps of a shared-phonebook import: the counts, not every row. */
    private record ImportSummary(int created, int updated, int failed) {
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
        String text = CsvUpload.read(ctx, MAX_IMPORT_BYTES);
        ImportReport report = transfer.importCsv(book, text, dryRun, Caller.of(ctx));
        if (!dryRun && book == Book.SHARED) {
            audit.record(ctx, "phonebook.shared.import", "phonebook", book.wire(), null,
                new ImportSummary(report.created(), report.updated(), report.failed()));
        }
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
}
