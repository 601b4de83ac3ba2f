package org.centralino.sip.auth;

import java.util.Objects;

/**
 * The outcome of parsing an authentication header value: the value, or why the text was refused. Bad input from
 * the network is an expected outcome at this protocol edge, so it is a value, never an exception.
 */
public sealed interface ParseResult<T> permits ParseResult.Parsed, ParseResult.Malformed {

    record Parsed<T>(T value) implements ParseResult<T> {
        public Parsed {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code reason} says what was wrong and where, fit for a log line. */
    record Malformed<T>(String reason) implements ParseResult<T> {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T> ParseResult<T> parsed(T value) {
        return new Parsed<>(value);
    }

    static <T> ParseResult<T> malformed(String reason) {
        return new Malformed<>(reason);
    }
}
