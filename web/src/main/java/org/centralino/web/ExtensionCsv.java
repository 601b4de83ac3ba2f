package org.centralino.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.centralino.core.csv.CsvRecord;
import org.centralino.core.directory.Change;
import org.centralino.core.directory.DuplicateExtensionException;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionPatch;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.NewExtension;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.validation.ValidationException;

/**
 * Extensions as CSV rows, and one import: each row creates the extension when its number is new, else updates the
 * columns the header names. An empty cell: on create, not given (defaults apply), except sipPassword, which a new
 * extension must have (a generated one could not be shown to anyone: the report holds no secrets); on update, clears
 * email, mobile and mohClass and keeps sipPassword, ringTimeoutSeconds and enabled (an export, which never holds
 * passwords, imports back as no change). Field rules are the use case's; this class only reads types and finds
 * duplicates in the file.
 */
final class ExtensionCsv {
    static final List<String> COLUMNS = List.of("number", "name", "email", "mobile", "sipPassword",
        "ringTimeoutSeconds", "mohClass", "enabled");

    private final ExtensionService service;
    private final List<String> header;
    private final Map<String, Integer> firstLineOf = new LinkedHashMap<>();

    ExtensionCsv(ExtensionService service, List<String> header) {
        this.service = service;
        this.header = header;
    }

    static List<String> row(Extension e) {
        return List.of(e.number(), e.name(), nz(e.email()), nz(e.mobile()), "", String.valueOf(e.ringTimeoutSeconds()),
            nz(e.mohClass()), String.valueOf(e.enabled()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * The columns of a header row, in order, spelt as in {@link #COLUMNS} (matched without regard to case).
     *
     * @throws ApiException 400 for an unknown or repeated column, or without {@code number}
     */
    static List<String> header(CsvRecord r) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : r.fields()) {
            String name = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(raw.strip())).findFirst()
                .orElseThrow(() -> ApiException.field(400, "invalid_csv", JsonBody.shorten(raw.strip()),
                    "is not a column of extensions; the columns are " + String.join(",", COLUMNS)));
            if (!seen.add(name)) {
                throw ApiException.field(400, "invalid_csv", name, "is named twice in the header row");
            }
            out.add(name);
        }
        if (!seen.contains("number")) {
            throw ApiException.field(400, "invalid_csv", "number", "is missing from the header row (line "
                + r.line() + "); it says which extension a row is");
        }
        return out;
    }

    /** Checks, and unless {@code dryRun} writes, one data row. */
    ImportJson.Row apply(CsvRecord r, boolean dryRun) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), r.get(i).strip());
        }
        List<ImportJson.FieldError> errors = new ArrayList<>();
        if (r.fields().size() > header.size()) {
            errors.add(new ImportJson.FieldError(null, "the row has " + r.fields().size() + " fields, the header "
                + header.size()));
        }
        String number = cells.get("number");
        if (number.isEmpty()) {
            errors.add(new ImportJson.FieldError("number", "is required"));
            return new ImportJson.Row(r.line(), null, null, errors);
        }
        Integer earlier = firstLineOf.putIfAbsent(number, r.line());
        if (earlier != null) {
            errors.add(new ImportJson.FieldError("number", "is already on line " + earlier + " of this file"));
        }
        Integer ringTimeout = integer(cells, "ringTimeoutSeconds", errors);
        Boolean enabled = bool(cells, "enabled", errors);
        boolean exists = service.find(number).isPresent();
        String action = exists ? "update" : "create";
        boolean noPassword = !exists && blankToNull(cells.get("sipPassword")) == null;
        if (errors.isEmpty()) {
            write(number, exists, cells, ringTimeout, enabled, dryRun || noPassword, errors); // still checks the rest
        }
        if (noPassword) {
            errors.add(new ImportJson.FieldError("sipPassword", "is required for a new extension: the phone needs it "
                + "to register"));
        }
        return new ImportJson.Row(r.line(), number, action, errors);
    }

    private void write(String number, boolean exists, Map<String, String> cells, Integer ringTimeout, Boolean enabled,
                       boolean dryRun, List<ImportJson.FieldError> errors) {
        try {
            if (exists) {
                ExtensionPatch patch = patch(cells, ringTimeout, enabled);
                if (dryRun) {
                    service.checkPatch(number, patch);
                } else {
                    service.patch(number, patch);
                }
            } else {
                NewExtension req = new NewExtension(number, blankToNull(cells.get("name")),
                    blankToNull(cells.get("email")), blankToNull(cells.get("mobile")),
                    blankToNull(cells.get("sipPassword")), null, ringTimeout, blankToNull(cells.get("mohClass")));
                if (dryRun) {
                    service.checkCreate(req);
                } else {
                    service.create(req, enabled == null || enabled);
                }
            }
        } catch (ValidationException e) {
            e.fields().forEach((f, m) -> errors.add(new ImportJson.FieldError(f, m)));
        } catch (DuplicateExtensionException | UnknownExtensionException e) {
            errors.add(new ImportJson.FieldError("number", e.getMessage() + " (changed while importing)"));
        }
    }

    private static ExtensionPatch patch(Map<String, String> cells, Integer ringTimeout, Boolean enabled) {
        return new ExtensionPatch(clearable(cells, "name"), clearable(cells, "email"), clearable(cells, "mobile"),
            keptIfEmpty(cells, "sipPassword"), Change.keep(),
            enabled == null ? Change.keep() : Change.to(enabled),
            ringTimeout == null ? Change.keep() : Change.to(ringTimeout), clearable(cells, "mohClass"));
    }

    /** Absent column: keep; empty cell: null (clears, or "is required" for name); else the value. */
    private static Change<String> clearable(Map<String, String> cells, String column) {
        return cells.containsKey(column) ? Change.to(blankToNull(cells.get(column))) : Change.keep();
    }

    private static Change<String> keptIfEmpty(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isEmpty() ? Change.keep() : Change.to(v);
    }

    private static Integer integer(Map<String, String> cells, String column, List<ImportJson.FieldError> errors) {
        String v = cells.get(column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new ImportJson.FieldError(column, "must be a whole number, not '" + JsonBody.shorten(v) + "'"));
            return null;
        }
    }

    private static Boolean bool(Map<String, String> cells, String column, List<ImportJson.FieldError> errors) {
        String v = cells.get(column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new ImportJson.FieldError(column, "must be true or false, not '" + JsonBody.shorten(v)
                    + "'"));
                yield null;
            }
        };
    }

    private static String blankToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
