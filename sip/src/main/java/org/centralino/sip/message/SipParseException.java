package org.centralino.sip.message;

/** A message, header or URI that does not follow the RFC 3261 grammar; the message says what and where. */
public class SipParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SipParseException(String message) {
        super(message);
    }

    public SipParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
