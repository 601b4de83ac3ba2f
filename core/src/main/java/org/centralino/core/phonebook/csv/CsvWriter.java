package org.centralino.core.phonebook.csv;

import java.util.List;

/**
 * Writes CSV as RFC 4180 §2: CRLF after every record, a field quoted when it holds a comma, a quote, a line break
 * or leading or trailing spaces (which spreadsheets would trim), quotes doubled inside.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder();

    public CsvWriter record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(fields.get(i));
        }
        out.append("\r\n");
        return this;
    }

    private void field(String v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
            || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
        if (!quote) {
            out.append(v);
            return;
        }
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
