package org.centralino.core.phonebook.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 §2 defines it: records end with CRLF (a bare LF or CR is accepted too, as spreadsheets
 * on every system write them), fields are separated by the delimiter, a field in double quotes may hold the
 * delimiter, line breaks and {@code ""} for a quote. A UTF-8 byte order mark at the start is skipped. Italian
 * spreadsheets save with {@code ;}: {@link #detectDelimiter} picks it from the header line.
 */
public final class CsvReader {
    /** A bound on one field, so a file with a stray quote cannot make one field of the whole upload unnoticed. */
    public static final int MAX_FIELD_CHARS = 10_000;

    private CsvReader() {
    }

    /** {@code ;} when the first line has semicolons and no commas outside quotes, else {@code ,}. */
    public static char detectDelimiter(String text) {
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
        return semicolons > 0 && commas == 0 ? ';' : ',';
    }

    /**
     * Every record of {@code text}; a final line break does not start an empty record.
     *
     * @throws CsvFormatException for a quote inside an unquoted field, text after a closing quote, a quoted field
     *                            that never ends, or a field over {@value #MAX_FIELD_CHARS} characters
     */
    public static List<CsvRecord> read(String text, char delimiter) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvRecord> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = s.length();
        if (n == 0) {
            return out;
        }
        while (true) {
            if (i < n && s.charAt(i) == '"') {
                int start = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new CsvFormatException(start, "a quoted field is not closed (a \" is missing)");
                    }
                    char c = s.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                    i++;
                    checkLength(field, start);
                }
                if (i < n && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    throw new CsvFormatException(line, "text after the closing quote of a field");
                }
            } else {
                while (i < n && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '"') {
                        throw new CsvFormatException(line, "a \" inside a field that does not start with one "
                            + "(quote the whole field and double the quote: \"\")");
                    }
                    field.append(s.charAt(i++));
                    checkLength(field, line);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                out.add(new CsvRecord(recordLine, fields));
                return out;
            }
            char c = s.charAt(i++);
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && i < n && s.charAt(i) == '\n') {
                i++;
            }
            out.add(new CsvRecord(recordLine, fields));
            fields = new ArrayList<>();
            line++;
            recordLine = line;
            if (i >= n) {
                return out;
            }
        }
    }

    private static void checkLength(StringBuilder field, int line) {
        if (field.length() > MAX_FIELD_CHARS) {
            throw new CsvFormatException(line, "a field is longer than " + MAX_FIELD_CHARS + " characters");
        }
    }
}
