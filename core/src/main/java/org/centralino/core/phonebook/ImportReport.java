package org.centralino.core.phonebook;

import java.util.List;

/**
 * The outcome of a CSV import, or of its preview (dry run): one row per data line with what it does (or would do)
 * and its errors; a row with errors is not written.
 */
public record ImportReport(boolean dryRun, List<Row> rows, int created, int updated, int failed) {
    public ImportReport {
        rows = List.copyOf(rows);
    }

    /** A field of a row that is wrong, with why. */
    public record FieldError(String field, String message) {
    }

    /**
     * @param id     the contact updated (or created, after a commit); null for a new contact in a preview
     * @param action {@code create} or {@code update}
     */
    public record Row(int line, String id, String action, List<FieldError> errors) {
        public Row {
            errors = List.copyOf(errors);
        }
    }
}
