package org.centralino.sip.message;

import java.util.List;

/** Lexical helpers over header values: comma lists, quoted strings (RFC 3261 §25.1). */
public final class HeaderValues {
    private HeaderValues() {
    }

    /** Splits a comma-separated list header value into trimmed elements, ignoring commas in quotes or <...>. */
    public static void splitCommas(String value, List<String> out) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }

    /** The first element of a comma-separated list header value. */
    public static String firstElement(String value) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }
}
