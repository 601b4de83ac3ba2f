package org.centralino.sip.message;

import java.util.Arrays;
import java.util.Objects;

/**
 * Parses one SIP message from bytes (RFC 3261 §7, §25), with the limits of {@link SipLimits}.
 * Never throws anything but {@link SipParseException} for bad input: {@link SipTooLargeException} for a
 * message over the limits (answer 513), {@link SipMalformedRequestException} for a request that can be
 * answered (400, 416 or 505, with the headers that could be read), a plain {@link SipParseException} for
 * anything else (drop it).
 *
 * <p>Framing (RFC 3261 §18.3): the body is exactly Content-Length bytes; bytes after it are ignored (a UDP
 * datagram may carry trailing junk, RFC 4475 §3.1.1.8); fewer bytes than declared is an error; without
 * Content-Length the rest of the input is the body (allowed on datagrams; {@link SipStreamFramer} insists on
 * it for streams before a message gets here).
 */
public final class SipParser {
    private static final byte[] NO_BODY = new byte[0];

    private SipParser() {
    }

    /** Parses a whole message (a datagram, or one framed stream message) of {@code length} bytes at offset. */
    public static SipMessage parse(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int end = offset + length;
        int start = offset;
        // RFC 3261 §7.5: CRLFs before the start line are ignored
        while (start < end && (data[start] == '\r' || data[start] == '\n')) {
            start++;
        }
        int lf = startLineEnd(data, start, end);
        int lineEnd = lf > start && data[lf - 1] == '\r' ? lf - 1 : lf;
        StartLine line = StartLineParser.parse(data, start, lineEnd);
        HeaderReader.Block block = HeaderReader.read(data, lf + 1, end, start + SipLimits.MAX_HEADER_BYTES);
        return switch (line) {
            case StartLine.Request r -> request(r, block, data, start, end);
            case StartLine.Status s -> response(s, block, data, start, end);
            case StartLine.Invalid i -> throw invalid(i, block);
        };
    }

    public static SipMessage parse(byte[] data) {
        return parse(data, 0, data.length);
    }

    private static int startLineEnd(byte[] data, int start, int end) {
        if (start == end) {
            throw new SipParseException("no message: the input is empty or only line breaks");
        }
        int scanEnd = Math.min(end, start + SipLimits.MAX_HEADER_LINE);
        for (int i = start; i < scanEnd; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        if (scanEnd < end) {
            throw new SipTooLargeException("start line exceeds " + SipLimits.MAX_HEADER_LINE + " bytes");
        }
        throw new SipParseException("no line end after the start line");
    }

    private static SipRequest request(StartLine.Request r, HeaderReader.Block block, byte[] data, int start,
                                      int end) {
        Headers headers = Headers.wrap(block.fields());
        if (block.problem() != null) {
            throw block.tooLarge()
                ? new SipTooLargeException(block.problem(), headers)
                : new SipMalformedRequestException(block.problem(), headers);
        }
        try {
            MessageChecks.Key key = MessageChecks.check(block.fields(), r.method());
            byte[] body = body(data, start, block.bodyStart(), end, key.contentLength());
            return new SipRequest(r.method(), r.requestUri(), headers, body, key.cseq(), key.topVia());
        } catch (SipTooLargeException e) {
            throw new SipTooLargeException(e.getMessage(), headers);
        } catch (SipParseException e) {
            throw new SipMalformedRequestException(e.getMessage(), headers);
        }
    }

    private static SipResponse response(StartLine.Status s, HeaderReader.Block block, byte[] data, int start,
                                        int end) {
        if (block.problem() != null) {
            throw block.tooLarge() ? new SipTooLargeException(block.problem())
                : new SipParseException("response: " + block.problem());
        }
        MessageChecks.Key key = MessageChecks.check(block.fields(), null);
        byte[] body = body(data, start, block.bodyStart(), end, key.contentLength());
        return new SipResponse(s.code(), s.reason(), Headers.wrap(block.fields()), body, key.cseq(),
            key.topVia());
    }

    private static SipParseException invalid(StartLine.Invalid i, HeaderReader.Block block) {
        if (!i.request()) {
            return new SipParseException(i.problem());
        }
        return new SipMalformedRequestException(i.status(), i.problem(), Headers.wrap(block.fields()));
    }

    /** The body per RFC 3261 §18.3 (see the class comment); {@code contentLength} is -1 when absent. */
    private static byte[] body(byte[] data, int start, int bodyStart, int end, int contentLength) {
        int available = end - bodyStart;
        int length = contentLength < 0 ? available : contentLength;
        if (bodyStart - start + length > SipLimits.MAX_MESSAGE_BYTES) {
            throw new SipTooLargeException("message of " + (bodyStart - start + length) + " bytes exceeds "
                + SipLimits.MAX_MESSAGE_BYTES);
        }
        if (length > available) {
            throw new SipParseException("body shorter than Content-Length: " + contentLength + " declared, "
                + available + " received");
        }
        return length == 0 ? NO_BODY : Arrays.copyOfRange(data, bodyStart, bodyStart + length);
    }
}
