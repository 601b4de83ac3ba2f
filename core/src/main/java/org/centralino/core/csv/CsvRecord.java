package org.centralino.core.csv;

import java.util.List;

/**
 * One record of a CSV text.
 *
 * @param line   the line of the text the record starts on, from 1 (a quoted field may span several lines)
 * @param fields the field values, unquoted
 */
public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or "" when the record is shorter. */
    public String get(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** True for a record with only empty fields (a blank line): importers skip it. */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isEmpty);
    }
}
