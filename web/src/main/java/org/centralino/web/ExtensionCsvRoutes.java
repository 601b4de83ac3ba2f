package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    private void importCsv(Context ctx) {
        Paging.refuseUnknown(ctx.queryParamMap(), Set.of("dryRun"));
        boolean dryRun = dryRun(Paging.single(ctx.queryParamMap(), "dryRun"));
        requireCsv(ctx.header("Content-Type"));
        List<CsvRecord> records;
        try {
            records = CsvReader.read(utf8(ctx.bodyAsBytes()));
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

    /** text/csv (RFC 7111), optionally with charset UTF-8; the body must be UTF-8 anyway. */
    private static void requireCsv(String header) {
        String type = header == null ? "" : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/csv")) {
            throw new ApiException(415, "unsupported_media_type", (header == null ? "the request has no Content-Type"
                : "Content-Type " + JsonBody.shorten(type) + " is not supported") + "; send text/csv");
        }
        String lower = header.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.contains("charset=") && !lower.contains("charset=utf-8") && !lower.contains("charset=\"utf-8\"")) {
            throw new ApiException(415, "unsupported_media_type", "only UTF-8 CSV is accepted; save the file as "
                + "CSV UTF-8");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_csv", "the body is not UTF-8 text; save the file as CSV UTF-8");
        }
    }
}
