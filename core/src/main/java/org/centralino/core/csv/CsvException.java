package org.centralino.core.csv;

/** A text that is not CSV as RFC 4180 writes it; the message names the line. */
public class CsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;

    public CsvException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
