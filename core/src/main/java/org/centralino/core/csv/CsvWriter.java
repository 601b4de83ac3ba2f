package org.centralino.core.csv;

import java.util.List;

/**
 * Writes CSV as RFC 4180 says: comma-separated, CRLF after every record, a field quoted when it holds a comma, a
 * quote, a line break or leading or trailing space, a quote inside doubled. Null is written as an empty field.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder();

    /** Appends one record. */
    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** Appends one record. */
    public CsvWriter row(String... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String v) {
        if (v == null) {
            return "";
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
            || v.indexOf(';') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
