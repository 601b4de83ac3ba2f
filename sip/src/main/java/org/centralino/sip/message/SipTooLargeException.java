package org.centralino.sip.message;

/** A message over {@link SipLimits}: the transport answers 513 Message Too Large when it can. */
public class SipTooLargeException extends SipParseException {
    private static final long serialVersionUID = 1L;

    public SipTooLargeException(String message) {
        super(message);
    }
}
