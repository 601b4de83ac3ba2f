package org.centralino.sip.message;

import java.util.Objects;

/** A SIP request (RFC 3261 §7.1). Immutable; use {@link #toBuilder()} to derive a changed copy. */
public final class SipRequest extends TypedHeaders implements SipMessage {
    private final String method;
    private final SipUri requestUri;
    private final Headers headers;
    private final byte[] body;

    public SipRequest(String method, SipUri requestUri, Headers headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.requestUri = Objects.requireNonNull(requestUri, "request URI");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : body;
    }

    /** The parser's constructor: CSeq and top Via were parsed while checking the message, so keep them. */
    SipRequest(String method, SipUri requestUri, Headers headers, byte[] body, CSeq cseq, Via topVia) {
        this(method, requestUri, headers, body);
        prime(cseq, topVia);
    }

    public String method() {
        return method;
    }

    public boolean isMethod(String m) {
        return method.equals(m);
    }

    public SipUri requestUri() {
        return requestUri;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public byte[] body() {
        return body;
    }

    public Builder toBuilder() {
        return new Builder(method, requestUri, headers.toBuilder(), body);
    }

    public static Builder builder(String method, SipUri requestUri) {
        return new Builder(method, requestUri, Headers.builder(), new byte[0]);
    }

    @Override
    public String toString() {
        return method + " " + requestUri + " (Call-ID " + callId() + ")";
    }

    /** Builds a request; Content-Length is set from the body on {@link #build()}. */
    public static final class Builder {
        private String method;
        private SipUri requestUri;
        private final Headers.Builder headers;
        private byte[] body;

        Builder(String method, SipUri requestUri, Headers.Builder headers, byte[] body) {
            this.method = method;
            this.requestUri = requestUri;
            this.headers = headers;
            this.body = body;
        }

        public Builder method(String m) {
            this.method = m;
            return this;
        }

        public Builder requestUri(SipUri uri) {
            this.requestUri = uri;
            return this;
        }

        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        public Headers.Builder headers() {
            return headers;
        }

        public Builder body(String contentType, byte[] content) {
            headers.set(HeaderNames.CONTENT_TYPE, contentType);
            this.body = content;
            return this;
        }

        public SipRequest build() {
            headers.set(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
            return new SipRequest(method, requestUri, headers.build(), body);
        }
    }
}
