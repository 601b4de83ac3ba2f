package org.centralino.core.phonebook.csv;

/** The text is not CSV as RFC 4180 describes it; the message says where. */
public class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public CsvFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
