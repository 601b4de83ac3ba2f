package org.centralino.core.csv;

import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: comma-separated, CRLF after every record, a field quoted when it holds a comma, a
 * quote, a semicolon (so {@link CsvReader#detectSeparator} reads the header right), a line break or leading or
 * trailing white space (which spreadsheets would trim), a quote inside doubled. Null is written as an empty field.
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
        return row(Arrays.asList(fields));
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
            || v.indexOf(';') >= 0 || paddedWithSpace(v);
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static boolean paddedWithSpace(String v) {
        return !v.isEmpty()
            && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1)));
    }
}
