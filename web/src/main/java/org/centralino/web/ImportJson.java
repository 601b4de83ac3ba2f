package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a CSV import, dry run or not: every row with what it does (or would do) and its errors, and the
 * counts. A row with errors is neither created nor updated and counts as failed.
 */
record ImportJson(List<Row> rows, int created, int updated, int failed) {

    /**
     * @param action "create" or "update"; null when the row names no usable number
     */
    record Row(int line, String number, @JsonInclude(JsonInclude.Include.NON_NULL) String action,
               List<FieldError> errors) {
        Row {
            errors = List.copyOf(errors);
        }
    }

    record FieldError(String field, String message) {
    }

    static ImportJson of(List<Row> rows) {
        int created = 0;
        int updated = 0;
        int failed = 0;
        for (Row r : rows) {
            if (!r.errors().isEmpty()) {
                failed++;
            } else if ("create".equals(r.action())) {
                created++;
            } else {
                updated++;
            }
        }
        return new ImportJson(List.copyOf(rows), created, updated, failed);
    }
}
