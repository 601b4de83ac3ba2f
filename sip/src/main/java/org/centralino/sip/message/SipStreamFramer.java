package org.centralino.sip.message;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Splits a stream (TCP, TLS) into SIP messages (RFC 3261 §18.3): a message is its header section up to the
 * empty line plus exactly Content-Length bytes, and Content-Length is mandatory on streams. Between
 * messages, CRLFCRLF is a keepalive ping that the transport answers with CRLF, and a lone CRLF is a pong
 * (RFC 5626 §3.5.1, §4.4.1); CRLFs before a start line are otherwise ignored (RFC 3261 §7.5).
 *
 * <p>Works for any split of the input: state carries over between {@link #feed} calls, and the frames
 * produced do not depend on how the bytes were cut. A lone CRLF is reported as {@link Pong} only once the
 * next byte shows it was not the first half of a ping. After {@link Broken} the stream cannot be
 * resynchronised: the framer ignores everything else and the transport closes the connection.
 *
 * <p>Not thread-safe: one framer per connection, fed by its reading thread.
 */
public final class SipStreamFramer {
    /** What the stream yielded. */
    public sealed interface Frame permits Message, Ping, Pong, Broken {
    }

    /** One whole message, start line to end of body, ready for {@link SipParser#parse(byte[])}. */
    public record Message(byte[] bytes) implements Frame {
    }

    /** A CRLFCRLF keepalive: answer with CRLF. */
    public record Ping() implements Frame {
    }

    /** A single CRLF between messages: a keepalive answer or noise; nothing to do. */
    public record Pong() implements Frame {
    }

    /** The stream cannot be framed any more; close the connection. */
    public record Broken(String reason) implements Frame {
    }

    private static final Ping PING = new Ping();
    private static final Pong PONG = new Pong();

    private final int maxMessageBytes;
    private final StreamHeadScanner head = new StreamHeadScanner();
    /** Received bytes not yet framed are buf[start, len). */
    private byte[] buf = new byte[4096];
    private int start;
    private int len;
    /** True while a message has started (its first byte is at {@code start}). */
    private boolean inMessage;
    /** Total length of the current message once its header section is complete; -1 before. */
    private int messageLength = -1;
    /** Line breaks seen between messages, and whether a CR awaits its LF. */
    private int breaks;
    private boolean pendingCr;
    private boolean broken;

    public SipStreamFramer(int maxMessageBytes) {
        if (maxMessageBytes < 64) {
            throw new IllegalArgumentException("maxMessageBytes too small to hold a message: " + maxMessageBytes);
        }
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Consumes {@code count} bytes at {@code off}, giving every complete frame to {@code sink} in order. */
    public void feed(byte[] in, int off, int count, Consumer<Frame> sink) {
        Objects.checkFromIndexSize(off, count, in.length);
        if (broken || count == 0) {
            return;
        }
        append(in, off, count);
        while (!broken && start < len) {
            if (!inMessage) {
                skipKeepalives(sink);
            } else if (!frameMessage(sink)) {
                break;
            }
        }
        compact();
    }

    /** True once the stream was found unframeable; everything fed after that is ignored. */
    /** True while part of a message has arrived and the rest has not (a peer may not stall there for long). */
    public boolean isMidMessage() {
        return inMessage || len > 0;
    }

    public boolean isBroken() {
        return broken;
    }

    /** Consumes CRLFs before a message, reporting pings and pongs, up to the first byte of a message. */
    private void skipKeepalives(Consumer<Frame> sink) {
        while (start < len) {
            byte b = buf[start];
            if (b == '\r' && !pendingCr) {
                pendingCr = true;
            } else if (b == '\n') {
                pendingCr = false;
                if (++breaks == 2) {
                    breaks = 0;
                    sink.accept(PING);
                }
            } else if (pendingCr) {
                fail(sink, "CR without LF between messages");
                return;
            } else {
                if (breaks == 1) {
                    sink.accept(PONG);
                }
                breaks = 0;
                inMessage = true;
                messageLength = -1;
                head.reset();
                return;
            }
            start++;
        }
    }

    /** Emits the message at {@code start} if it is complete; false when more bytes are needed. */
    private boolean frameMessage(Consumer<Frame> sink) {
        int have = len - start;
        if (messageLength < 0) {
            switch (head.scan(buf, start, len)) {
                case StreamHeadScanner.Result.NeedMore m -> {
                    if (have > maxMessageBytes) {
                        fail(sink, "header section exceeds " + maxMessageBytes + " bytes");
                    }
                    return false;
                }
                case StreamHeadScanner.Result.Bad b -> {
                    fail(sink, b.reason());
                    return false;
                }
                case StreamHeadScanner.Result.Complete c -> {
                    long total = (long) c.headerLength() + c.contentLength();
                    if (total > maxMessageBytes) {
                        fail(sink, "message of " + total + " bytes exceeds " + maxMessageBytes);
                        return false;
                    }
                    messageLength = (int) total;
                }
            }
        }
        if (have < messageLength) {
            return false;
        }
        byte[] message = Arrays.copyOfRange(buf, start, start + messageLength);
        start += messageLength;
        inMessage = false;
        messageLength = -1;
        sink.accept(new Message(message));
        return true;
    }

    private void append(byte[] in, int off, int count) {
        if (len + count > buf.length) {
            compact();
            if (len + count > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + count));
            }
        }
        System.arraycopy(in, off, buf, len, count);
        len += count;
    }

    /** Moves the unframed bytes to the front; shrinks a buffer that grew for one large message. */
    private void compact() {
        int remaining = len - start;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, remaining);
            start = 0;
            len = remaining;
        }
        if (buf.length > 65536 && remaining < 4096) {
            buf = Arrays.copyOf(buf, 4096);
        }
    }

    private void fail(Consumer<Frame> sink, String reason) {
        broken = true;
        start = 0;
        len = 0;
        sink.accept(new Broken(reason));
    }
}
