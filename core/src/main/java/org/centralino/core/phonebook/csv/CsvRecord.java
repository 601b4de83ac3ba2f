package org.centralino.core.phonebook.csv;

import java.util.List;

/** One record of a CSV text: its fields and the line it starts on (1-based, as an editor shows it). */
public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** A record with one empty field: what an empty line reads as; importers skip it. */
    public boolean isBlank() {
        return fields.size() == 1 && fields.getFirst().isBlank();
    }
}
