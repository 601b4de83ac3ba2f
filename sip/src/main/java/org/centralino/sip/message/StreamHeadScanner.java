package org.centralino.sip.message;

/**
 * Finds, incrementally, where the header section of a streamed message ends and what its Content-Length
 * (or compact "l") says. Bytes are scanned once however the stream was split; offsets are relative to the
 * start of the message, so the framer may move the buffered bytes between calls.
 */
final class StreamHeadScanner {
    /** The outcome of a scan. */
    sealed interface Result {
        /** The empty line has not arrived yet. */
        record NeedMore() implements Result {
        }

        /** The header section cannot frame a message (RFC 3261 §18.3): the connection must close. */
        record Bad(String reason) implements Result {
        }

        /** The header section is {@code headerLength} bytes, empty line included; the body follows. */
        record Complete(int headerLength, int contentLength) implements Result {
        }
    }

    private static final Result NEED_MORE = new Result.NeedMore();
    private static final long UNSET = -1;

    /** Next relative offset to look at. */
    private int pos;
    /** Relative offset where the current physical line starts. */
    private int lineStart;
    /** Relative offset where the current logical header line starts; -1 before the first header line. */
    private int logicalStart;
    private boolean startLineDone;
    private long contentLength;

    StreamHeadScanner() {
        reset();
    }

    void reset() {
        pos = 0;
        lineStart = 0;
        logicalStart = -1;
        startLineDone = false;
        contentLength = UNSET;
    }

    /** Scans {@code buf[from, to)}, the message received so far, continuing where the last call stopped. */
    Result scan(byte[] buf, int from, int to) {
        int n = to - from;
        while (pos < n) {
            if (buf[from + pos++] != '\n') {
                continue;
            }
            int lineEnd = pos - 1;
            if (!startLineDone) {
                startLineDone = true;
                lineStart = pos;
                continue;
            }
            boolean empty = lineEnd == lineStart || lineEnd == lineStart + 1 && buf[from + lineStart] == '\r';
            boolean continuation = !empty && logicalStart >= 0 && SipChars.isWsp(buf[from + lineStart]);
            if (!continuation && logicalStart >= 0) {
                Result bad = header(buf, from + logicalStart, from + lineStart);
                if (bad != null) {
                    return bad;
                }
            }
            if (empty) {
                if (contentLength == UNSET) {
                    return new Result.Bad("missing Content-Length on a stream (RFC 3261 §18.3)");
                }
                return new Result.Complete(pos, (int) Math.min(contentLength, Integer.MAX_VALUE));
            }
            if (!continuation) {
                logicalStart = lineStart;
            }
            lineStart = pos;
        }
        return NEED_MORE;
    }

    /** Looks at one complete logical header line; returns Bad for an unusable Content-Length, else null. */
    private Result header(byte[] b, int from, int to) {
        int nameEnd = from;
        while (nameEnd < to && SipChars.isToken(b[nameEnd] & 0xFF)) {
            nameEnd++;
        }
        if (!isContentLength(b, from, nameEnd)) {
            return null;
        }
        int p = nameEnd;
        while (p < to && SipChars.isWsp(b[p])) {
            p++;
        }
        if (p == to || b[p] != ':') {
            return new Result.Bad("malformed Content-Length line");
        }
        long value = digits(b, p + 1, to);
        if (value < 0) {
            return new Result.Bad("Content-Length is not a non-negative integer");
        }
        if (contentLength != UNSET && contentLength != value) {
            return new Result.Bad("conflicting Content-Length values");
        }
        contentLength = value;
        return null;
    }

    /** The digits in b[from, to) with whitespace (and the folds' CR LF) around them; -1 if anything else. */
    private static long digits(byte[] b, int from, int to) {
        long value = -1;
        boolean done = false;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (done) {
                    return -1;
                }
                value = Math.min((value < 0 ? 0 : value) * 10 + (c - '0'), Integer.MAX_VALUE);
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                done = value >= 0;
            } else {
                return -1;
            }
        }
        return value;
    }

    private static boolean isContentLength(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return (b[from] | 0x20) == 'l';
        }
        return n == 14 && HeaderNames.canonical(b, from, n) == HeaderNames.CONTENT_LENGTH;
    }
}
