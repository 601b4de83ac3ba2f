package org.centralino.core.csv;

import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: comma-separated, CRLF after every record, a field quoted when it holds a comma, a
 * quote, a semicolon (so {@link CsvReader#detectSeparator} reads the header right), a line break or leading or
 * trailing white space (which spreadsheets would trim), a quote inside doubled. Null is written as an empty field.
 * A field a spreadsheet would run as a formula ({@code =}, {@code @}, or {@code +}/{@code -} followed by more than
 * a number; OWASP "CSV injection") gets a leading apostrophe, which {@link CsvReader} takes off again; phone numbers
 * such as {@code +39 06 1234567} are left as they are.
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

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = formula(value) ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
            || v.indexOf(';') >= 0 || paddedWithSpace(v);
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** Whether a spreadsheet would evaluate {@code v}: see the class comment. */
    static boolean formula(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        if (c == '=' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        if (c != '+' && c != '-') {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char d = v.charAt(i);
            if (!(Character.isDigit(d) || d == ' ' || d == '.' || d == '-' || d == '/' || d == '(' || d == ')')) {
                return true;
            }
        }
        return false;
    }

    private static boolean paddedWithSpace(String v) {
        return !v.isEmpty()
            && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1)));
    }
}
