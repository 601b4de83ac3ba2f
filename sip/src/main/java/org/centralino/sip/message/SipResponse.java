package org.centralino.sip.message;

import java.util.Objects;

/**
 * A SIP response (RFC 3261 §7.2). Immutable. A response kept only to be retransmitted can be held in
 * {@linkplain #compact() compact form}: just its wire bytes, with headers parsed again only if someone asks.
 */
public final class SipResponse extends TypedHeaders implements SipMessage {
    private final int status;
    private final String reason;
    private Headers headers;
    private byte[] body;
    /** The encoded form, kept once computed by {@link #compact()}; null otherwise. */
    private final byte[] wire;

    public SipResponse(int status, String reason, Headers headers, byte[] body) {
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("status code out of range 100-699: " + status);
        }
        this.status = status;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : body;
        this.wire = null;
    }

    private SipResponse(int status, String reason, byte[] wire) {
        this.status = status;
        this.reason = reason;
        this.wire = wire;
    }

    /**
     * The same response held as its wire bytes only: about a third of the memory of the parsed form. Server
     * transactions keep their last response this way for the 32 s of timer J (RFC 3261 §17.2.2), when all it
     * is needed for is to be sent again.
     */
    public SipResponse compact() {
        return wire != null ? this : new SipResponse(status, reason, SipSerializer.encode(this));
    }

    /** The wire form; for a compact response, the bytes it holds (callers must not modify them). */
    @Override
    public byte[] encode() {
        return wire != null ? wire : SipSerializer.encode(this);
    }

    /** Parses the wire bytes of a compact response back into headers and body, once, on first use. */
    private void inflate() {
        if (headers == null) {
            SipResponse full = (SipResponse) SipParser.parse(wire);
            body = full.body;
            headers = full.headers;
        }
    }

    /** The parser's constructor: CSeq and top Via were parsed while checking the message, so keep them. */
    SipResponse(int status, String reason, Headers headers, byte[] body, CSeq cseq, Via topVia) {
        this(status, reason, headers, body);
        prime(cseq, topVia);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public boolean isProvisional() {
        return status < 200;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isFinal() {
        return status >= 200;
    }

    @Override
    public Headers headers() {
        inflate();
        return headers;
    }

    @Override
    public byte[] body() {
        inflate();
        return body;
    }

    /**
     * Starts a response to a request as RFC 3261 §8.2.6.2 prescribes: Via (all, in order), From, To, Call-ID
     * and CSeq copied; a To tag added when the request had none and the caller gives one; Content-Length 0.
     */
    public static Builder to(SipRequest request, int status, String reason) {
        Headers.Builder h = Headers.builder();
        for (HeaderField f : request.headers().fields()) {
            String n = f.name();
            if (n.equals(HeaderNames.VIA) || n.equals(HeaderNames.FROM) || n.equals(HeaderNames.TO)
                || n.equals(HeaderNames.CALL_ID) || n.equals(HeaderNames.CSEQ)) {
                h.add(n, f.value());
            }
        }
        return new Builder(status, reason, h);
    }

    public static Builder builder(int status, String reason) {
        return new Builder(status, reason, Headers.builder());
    }

    public Builder toBuilder() {
        Builder b = new Builder(status, reason, headers().toBuilder());
        b.body = body();
        return b;
    }

    @Override
    public String toString() {
        return status + " " + reason + " (Call-ID " + callId() + ")";
    }

    /** Builds a response; Content-Length is set from the body on {@link #build()}. */
    public static final class Builder {
        private final int status;
        private final String reason;
        private final Headers.Builder headers;
        private byte[] body = new byte[0];

        Builder(int status, String reason, Headers.Builder headers) {
            this.status = status;
            this.reason = reason;
            this.headers = headers;
        }

        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        public Headers.Builder headers() {
            return headers;
        }

        /** Adds a tag to the To header unless it already has one (RFC 3261 §8.2.6.2). */
        public Builder toTag(String tag) {
            String to = headers.first(HeaderNames.TO);
            if (to != null && NameAddr.parse(to).tag() == null) {
                headers.set(HeaderNames.TO, to + ";tag=" + tag);
            }
            return this;
        }

        public Builder body(String contentType, byte[] content) {
            headers.set(HeaderNames.CONTENT_TYPE, contentType);
            this.body = content;
            return this;
        }

        public SipResponse build() {
            headers.set(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
            return new SipResponse(status, reason, headers.build(), body);
        }
    }
}
