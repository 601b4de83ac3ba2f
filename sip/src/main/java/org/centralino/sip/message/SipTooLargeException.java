package org.centralino.sip.message;

/**
 * A message over {@link SipLimits}: the transport answers 513 Message Too Large (RFC 3261 §21.5.14) when it
 * can. {@link #partialHeaders()} holds the headers read before the limit was hit when the message was a
 * request, so the answer can be formed; it is null otherwise.
 */
public class SipTooLargeException extends SipParseException {
    private static final long serialVersionUID = 1L;
    private final transient Headers partialHeaders;

    public SipTooLargeException(String message) {
        this(message, null);
    }

    public SipTooLargeException(String message, Headers partialHeaders) {
        super(message);
        this.partialHeaders = partialHeaders;
    }

    /** The headers of the request that could be read before the limit, or null (a response, or unknown). */
    public Headers partialHeaders() {
        return partialHeaders;
    }
}
