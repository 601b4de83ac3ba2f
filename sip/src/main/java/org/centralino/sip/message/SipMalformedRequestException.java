package org.centralino.sip.message;

/** A request we recognised as such but could not accept; carries the headers that could be read. */
public class SipMalformedRequestException extends SipParseException {
    private static final long serialVersionUID = 1L;
    private final transient Headers partialHeaders;

    public SipMalformedRequestException(String message, Headers partialHeaders) {
        super(message);
        this.partialHeaders = partialHeaders;
    }

    public Headers partialHeaders() {
        return partialHeaders;
    }
}
