package org.centralino.core.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180): fields separated by a comma, or by a semicolon as spreadsheets with a decimal comma (the
 * Italian locale) write it; the separator is the one of the two that occurs outside quotes in the first line.
 * A field may be quoted with {@code "}, a quote inside doubled ({@code ""}); a quoted field may hold separators
 * and line breaks. Records end with CRLF, LF or CR; a UTF-8 byte order mark at the start is skipped; a last line
 * break is optional. Text after a closing quote, a quote that is never closed, or a field longer than
 * {@value #MAX_FIELD_CHARS} characters is an error naming the line.
 */
public final class CsvReader {
    /** A bound on one field, so a file with a stray quote cannot make one field of the whole upload unnoticed. */
    public static final int MAX_FIELD_CHARS = 10_000;

    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = detectSeparator(this.text);
    }

    /** Every record of {@code text}, in order. */
    public static List<CsvRecord> read(String text) {
        return new CsvReader(text).records();
    }

    /** The separator {@link #read} uses for {@code text}: ';' when the first line has more of them than commas. */
    public static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<CsvRecord> records() {
        List<CsvRecord> out = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            out.add(new CsvRecord(start, record()));
        }
        return out;
    }

    /** Reads fields up to and including the record's line break (or the end of the text). */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(unguarded(pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain()));
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == separator) {
                pos++;
                continue;
            }
            endOfLine();
            return fields;
        }
    }

    private String plain() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == separator || c == '\r' || c == '\n') {
                break;
            }
            if (c == '"') {
                throw new CsvException(line, "a quote inside an unquoted field; quote the whole field and double the "
                    + "quote (\"\")");
            }
            pos++;
            checkLength(pos - start, line);
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int startLine = line;
        pos++; // the opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new CsvException(startLine, "a quoted field is not closed (a \" is missing)");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    sb.append('"');
                    pos++;
                    continue;
                }
                if (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\r'
                    && text.charAt(pos) != '\n') {
                    throw new CsvException(line, "text after the closing quote of a field");
                }
                return sb.toString();
            }
            if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                line++;
            }
            sb.append(c);
            checkLength(sb.length(), startLine);
        }
    }

    /** Takes off the apostrophe {@link CsvWriter} puts before what a spreadsheet would run as a formula. */
    private static String unguarded(String field) {
        return field.length() > 1 && field.charAt(0) == '\'' && CsvWriter.formula(field.substring(1))
            ? field.substring(1) : field;
    }

    private static void checkLength(int length, int line) {
        if (length > MAX_FIELD_CHARS) {
            throw new CsvException(line, "a field is longer than " + MAX_FIELD_CHARS + " characters");
        }
    }

    private void endOfLine() {
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else {
            pos++; // '\n'
        }
        line++;
    }
}
