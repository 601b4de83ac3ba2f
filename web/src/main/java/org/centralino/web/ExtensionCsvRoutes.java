package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.centralino.core.csv.CsvException;
import org.centralino.core.csv.CsvReader;
import org.centralino.core.csv.CsvRecord;
import org.centralino.core.csv.CsvWriter;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionService;

/**
 * Bulk extensions as CSV (RFC 4180, {@link ExtensionCsv#COLUMNS}): {@code GET /api/v1/extensions/export.csv} and
 * {@code POST /api/v1/extensions/import?dryRun=true|false}. The import answers a preview of every row (create or
 * update, with its errors); with {@code dryRun=false} the valid rows are written, each in one write, and the
 * invalid ones only reported. A file that is not CSV, or whose header names an unknown column, is refused whole.
 * Administrators only (a bulk change is not checked row by row against a delegated scope); an import that wrote
 * rows is one audit entry with its per-row outcome.
 */
final class ExtensionCsvRoutes {
    static final String EXPORT = ExtensionRoutes.BASE + "/export.csv";
    static final String IMPORT = ExtensionRoutes.BASE + "/import";

    private final ExtensionService service;
    private final Auditor audit;

    ExtensionCsvRoutes(ExtensionService service, Auditor audit) {
        this.service = service;
        this.audit = audit;
    }

    /** Registered before {@code /extensions/{number}}, which would otherwise take "export.csv" for a number. */
    void register(RoutesConfig routes) {
        routes.get(EXPORT, this::export, Access.ADMIN);
        routes.post(IMPORT, this::importCsv, Access.ADMIN);
    }

    private void export(Context ctx) {
        Paging.refuseUnknown(ctx.queryParamMap(), Set.of());
        CsvWriter csv = new CsvWriter().row(ExtensionCsv.COLUMNS);
        for (Extension e : service.list()) {
            csv.row(ExtensionCsv.row(e));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"extensions.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void importCsv(Context ctx) throws IOException {
        Paging.refuseUnknown(ctx.queryParamMap(), Set.of("dryRun"));
        boolean dryRun = dryRun(Paging.single(ctx.queryParamMap(), "dryRun"));
        String text = CsvUpload.read(ctx, WebServer.MAX_REQUEST_BYTES);
        List<CsvRecord> records;
        try {
            records = CsvReader.read(text);
        } catch (CsvException e) {
            throw new ApiException(400, "invalid_csv", "the body is not valid CSV: " + e.getMessage());
        }
        List<CsvRecord> nonBlank = records.stream().filter(r -> !r.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            throw new ApiException(400, "invalid_csv", "the body holds no header row; the first line must name the "
                + "columns: " + String.join(",", ExtensionCsv.COLUMNS));
        }
        ExtensionCsv csv = new ExtensionCsv(service, ExtensionCsv.header(nonBlank.getFirst()));
        List<ImportJson.Row> rows = new ArrayList<>();
        for (CsvRecord r : nonBlank.subList(1, nonBlank.size())) {
            rows.add(csv.apply(r, dryRun));
        }
        ImportJson answer = ImportJson.of(rows);
        if (!dryRun && answer.created() + answer.updated() > 0) {
            audit.record(ctx, "extension.import", "extension", "import", null, answer);
        }
        ctx.json(answer);
    }

    private static boolean dryRun(String v) {
        if (v == null) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.field(400, "invalid_parameter", "dryRun", "must be true or false, not '"
                + JsonBody.shorten(v) + "'");
        };
    }
}
