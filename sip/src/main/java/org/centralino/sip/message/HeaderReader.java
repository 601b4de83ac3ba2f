package org.centralino.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * Reads the header section straight from the bytes (RFC 3261 §7.3): one {@link HeaderField} per header line,
 * names canonical (compact forms expanded), folded lines unfolded with each fold and the whitespace around it
 * replaced by one SP (§7.3.1), values trimmed and decoded as UTF-8. Lines end with CRLF or, leniently, LF;
 * a CR anywhere else is an error.
 *
 * <p>It is lenient on purpose: a broken line is skipped and reported in {@link Block#problem()} while the
 * following lines are still read, so that a malformed request can be answered with its Via, From, To,
 * Call-ID and CSeq (RFC 3261 §21.4.1).
 */
final class HeaderReader {
    /**
     * The outcome. {@code bodyStart} is the index after the empty line, or -1 when none was found;
     * {@code problem} is the first error seen or null; {@code tooLarge} says the problem was a size limit.
     */
    record Block(ArrayList<HeaderField> fields, int bodyStart, String problem, boolean tooLarge) {
    }

    private final byte[] d;
    private final int end;
    private final int limit;
    private final ArrayList<HeaderField> fields = new ArrayList<>(16);
    private String problem;
    private boolean problemIsSize;
    private int lineNumber = 1;

    private HeaderReader(byte[] data, int end, int limit) {
        this.d = data;
        this.end = end;
        this.limit = limit;
    }

    /**
     * Reads header lines from {@code from} up to the empty line. {@code limit} is where the header section
     * must have ended ({@link SipLimits#MAX_HEADER_BYTES} after the start of the message).
     */
    static Block read(byte[] data, int from, int end, int limit) {
        return new HeaderReader(data, end, Math.min(limit, end)).readAll(from);
    }

    private Block readAll(int p) {
        while (true) {
            if (p >= limit) {
                return limit < end
                    ? tooLarge("header section exceeds " + SipLimits.MAX_HEADER_BYTES + " bytes")
                    : fail("header section not terminated by an empty line");
            }
            byte b = d[p];
            if (b == '\n' || b == '\r' && p + 1 < end && d[p + 1] == '\n') {
                return new Block(fields, p + (b == '\n' ? 1 : 2), problem, false);
            }
            if (fields.size() >= SipLimits.MAX_HEADERS) {
                return tooLarge("more than " + SipLimits.MAX_HEADERS + " header lines");
            }
            lineNumber++;
            p = readHeader(p);
            if (p < 0) {
                return problemIsSize ? tooLarge(problem) : fail(problem);
            }
        }
    }

    /** Reads one logical header line starting at {@code p}; returns where the next one starts, or -1 to stop. */
    private int readHeader(int p) {
        int nameEnd = p;
        while (nameEnd < limit && SipChars.isToken(d[nameEnd] & 0xFF)) {
            nameEnd++;
        }
        int colon = nameEnd;
        while (colon < limit && SipChars.isWsp(d[colon])) {
            colon++;
        }
        int lineEnd = lineEnd(p);
        if (lineEnd < 0) {
            return -1;
        }
        int logicalEnd = logicalEnd(lineEnd);
        if (logicalEnd < 0) {
            return -1;
        }
        if (logicalEnd - p > SipLimits.MAX_HEADER_LINE) {
            return stop("header line " + lineNumber + " exceeds " + SipLimits.MAX_HEADER_LINE + " bytes", true);
        }
        if (nameEnd == p || colon >= lineEnd || d[colon] != ':') {
            note(nameEnd == p && SipChars.isWsp(d[p])
                ? "header line " + lineNumber + " is a continuation with nothing to continue"
                : "header line " + lineNumber + " is not 'name: value'");
        } else {
            String name = HeaderNames.canonical(d, p, nameEnd - p);
            fields.add(new HeaderField(name, value(colon + 1, lineEnd, logicalEnd)));
        }
        return logicalEnd + 1;
    }

    /** The index of the LF ending the physical line that starts at {@code p}, or -1 (problem recorded). */
    private int lineEnd(int p) {
        int i = ByteScan.lineBreak(d, p, limit);
        if (i >= 0) {
            if (d[i] == '\n') {
                return i;
            }
            if (i + 1 < end && d[i + 1] == '\n') {
                return i + 1;
            }
            return stop("bare CR in header line " + lineNumber, false);
        }
        return limit < end
            ? stop("header section exceeds " + SipLimits.MAX_HEADER_BYTES + " bytes", true)
            : stop("header section not terminated by an empty line", false);
    }

    /** The LF ending the last physical line of the logical line whose first LF is at {@code lf}. */
    private int logicalEnd(int lf) {
        int e = lf;
        while (e + 1 < limit && SipChars.isWsp(d[e + 1])) {
            e = lineEnd(e + 1);
            if (e < 0) {
                return -1;
            }
            lineNumber++;
        }
        return e;
    }

    /** The value from after the colon to the logical end, unfolded and trimmed. */
    private String value(int from, int firstLf, int lastLf) {
        if (firstLf == lastLf) {
            int s = skipWsp(from, firstLf);
            int e = trimEnd(s, firstLf);
            return s == e ? "" : new String(d, s, e - s, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[lastLf - from];
        int n = 0;
        int segStart = from;
        int lf = firstLf;
        while (true) {
            int s = skipWsp(segStart, lf);
            int e = trimEnd(s, lf);
            if (e > s) {
                if (n > 0) {
                    out[n++] = ' ';
                }
                System.arraycopy(d, s, out, n, e - s);
                n += e - s;
            }
            if (lf == lastLf) {
                return new String(out, 0, n, StandardCharsets.UTF_8);
            }
            segStart = lf + 1;
            lf = nextLf(segStart);
        }
    }

    private int nextLf(int from) {
        int i = from;
        while (d[i] != '\n') {
            i++;
        }
        return i;
    }

    private int skipWsp(int from, int to) {
        int s = from;
        while (s < to && SipChars.isWsp(d[s])) {
            s++;
        }
        return s;
    }

    /** Trims SP, HTAB and the CR of a CRLF from the end of [from, to). */
    private int trimEnd(int from, int to) {
        int e = to;
        while (e > from && (SipChars.isWsp(d[e - 1]) || d[e - 1] == '\r')) {
            e--;
        }
        return e;
    }

    private void note(String p) {
        if (problem == null) {
            problem = p;
        }
    }

    private int stop(String p, boolean size) {
        if (problem == null || size) {
            problem = p;
            problemIsSize = size;
        }
        return -1;
    }

    private Block fail(String p) {
        return new Block(fields, -1, problem != null ? problem : p, false);
    }

    private Block tooLarge(String p) {
        return new Block(fields, -1, p, true);
    }
}
