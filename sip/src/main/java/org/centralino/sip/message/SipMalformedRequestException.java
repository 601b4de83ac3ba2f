package org.centralino.sip.message;

/**
 * A request we recognised as such but could not accept (RFC 3261 §8.2, §21.4). It carries the headers that
 * could be read, so the transport can answer with the right Via, From, To, Call-ID and CSeq, and the status
 * to answer with: 400 for a grammar or consistency error, 416 for a Request-URI scheme we do not speak
 * (§8.2.2.1), 505 for another SIP version (§8.2.2.1 would have it checked later; the start line tells us now).
 * The message is short enough to go into a reason phrase, e.g. "missing Call-ID".
 */
public class SipMalformedRequestException extends SipParseException {
    private static final long serialVersionUID = 1L;
    private final transient Headers partialHeaders;
    private final int statusCode;

    public SipMalformedRequestException(String message, Headers partialHeaders) {
        this(400, message, partialHeaders);
    }

    public SipMalformedRequestException(int statusCode, String message, Headers partialHeaders) {
        super(message);
        if (statusCode < 400 || statusCode > 699) {
            throw new IllegalArgumentException("a malformed request is answered with an error status, not "
                + statusCode);
        }
        this.statusCode = statusCode;
        this.partialHeaders = partialHeaders == null ? Headers.empty() : partialHeaders;
    }

    /** Every header line that could be read, in order; possibly incomplete. Never null. */
    public Headers partialHeaders() {
        return partialHeaders;
    }

    /** The status the transport should answer with: 400, 416 or 505. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * A reason phrase for the answer: "Bad Request - missing Call-ID" for a 400, the standard phrase for the
     * others. One line of printable ASCII, at most 120 characters.
     */
    public String reasonPhrase() {
        String phrase = switch (statusCode) {
            case 416 -> "Unsupported URI Scheme";
            case 505 -> "Version Not Supported";
            case 400 -> "Bad Request - " + getMessage();
            default -> "Error - " + getMessage();
        };
        StringBuilder sb = new StringBuilder(Math.min(phrase.length(), 120));
        for (int i = 0; i < phrase.length() && sb.length() < 120; i++) {
            char c = phrase.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return sb.toString();
    }
}
