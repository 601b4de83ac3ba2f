package org.centralino.core.cdr;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.centralino.core.validation.Text;
import org.centralino.core.validation.Violations;

/**
 * The call records of one extension, seen from it (a user's call history), newest first (start time descending,
 * then call id descending), in pages. A call is the extension's when it made it, was dialled or answered it.
 * {@link #matches} is the meaning of the filters; a store's SQL must select exactly the records it accepts.
 * A query that breaks a rule cannot be built: the constructor throws naming every bad field by its API name.
 *
 * @param direction    which calls, or null for all of them
 * @param text         only calls whose other party's number contains it, or (incoming) whose caller name does,
 *                     ignoring case; or null
 * @param namedNumbers numbers whose name matches {@code text} in a directory or phonebook: calls with one of them
 *                     as the other party match too (at most {@value #MAX_NAMED_NUMBERS}); empty without a text
 * @param from         only calls started at or after this instant, or null
 * @param to           only calls started before this instant (exclusive), or null
 * @param cursor       where the previous page ended, or null for the first page
 */
public record ExtensionCallsQuery(String extension, CallDirection direction, String text, Set<String> namedNumbers,
                                  Instant from, Instant to, int limit, CdrCursor cursor) {
    public static final int MAX_TEXT = 64;
    public static final int MAX_NAMED_NUMBERS = 200;

    public ExtensionCallsQuery {
        Objects.requireNonNull(extension, "extension");
        namedNumbers = Set.copyOf(Objects.requireNonNull(namedNumbers, "namedNumbers"));
        Violations bad = new Violations();
        if (!CdrQuery.EXTENSION.matcher(extension).matches()) {
            bad.add("extension", "must be 1 to " + CallRecord.NUMBER_MAX
                + " digits, optionally with a leading + or the characters * and #");
        }
        if (text != null && (text.isBlank() || Text.length(text) > MAX_TEXT || Text.hasControlOrBrokenUnicode(text))) {
            bad.add("q", "must be 1 to " + MAX_TEXT + " characters of a number or name, without control characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            bad.add("to", "must be after from (" + from + ")");
        }
        if (limit < CdrQuery.MIN_LIMIT || limit > CdrQuery.MAX_LIMIT) {
            bad.add("limit", "must be from " + CdrQuery.MIN_LIMIT + " to " + CdrQuery.MAX_LIMIT + ", not " + limit);
        }
        bad.throwIfAny();
        if (namedNumbers.size() > MAX_NAMED_NUMBERS) {
            throw new IllegalArgumentException("at most " + MAX_NAMED_NUMBERS + " named numbers, got "
                + namedNumbers.size());
        }
        text = text == null ? null : text.strip();
        from = from == null ? null : from.truncatedTo(ChronoUnit.MILLIS);
        to = to == null ? null : to.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The same query positioned after {@code next}: the following page. */
    public ExtensionCallsQuery after(CdrCursor next) {
        return new ExtensionCallsQuery(extension, direction, text, namedNumbers, from, to, limit, next);
    }

    /** Whether the extension made the call (else it received it). */
    public boolean isOutgoing(CallRecord r) {
        return r.callerNumber().equals(extension);
    }

    /** Whether the extension answered the call: an outgoing call that was answered, an incoming one it took. */
    public boolean answeredByIt(CallRecord r) {
        return isOutgoing(r) ? r.disposition() == Disposition.ANSWERED : extension.equals(r.answeredBy());
    }

    /** The number at the other end: the one dialled for an outgoing call, the caller's for an incoming one. */
    public String otherParty(CallRecord r) {
        return isOutgoing(r) ? r.calledNumber() : r.callerNumber();
    }

    /** Whether {@code r} is in the result (ignoring the cursor and the page size). */
    public boolean matches(CallRecord r) {
        boolean out = isOutgoing(r);
        boolean in = !out && (extension.equals(r.calledNumber()) || extension.equals(r.answeredBy()));
        boolean ofDirection = direction == null ? out || in : switch (direction) {
            case OUT -> out;
            case IN -> in;
            case MISSED -> in && !answeredByIt(r);
        };
        return ofDirection && (from == null || !r.startedAt().isBefore(from))
            && (to == null || r.startedAt().isBefore(to)) && (text == null || matchesText(r, out));
    }

    private boolean matchesText(CallRecord r, boolean out) {
        String needle = text.toLowerCase(Locale.ROOT);
        String other = otherParty(r);
        return other.toLowerCase(Locale.ROOT).contains(needle) || namedNumbers.contains(other)
            || (!out && r.callerName() != null && r.callerName().toLowerCase(Locale.ROOT).contains(needle));
    }
}
