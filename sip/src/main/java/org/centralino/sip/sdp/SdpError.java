package org.centralino.sip.sdp;

/**
 * Why a session description was refused: the 1-based line number (0 when the fault is the body as a whole,
 * such as its size or a missing o= line), the reason, and the offending line (cut to 80 characters) for logs.
 */
public record SdpError(int line, String reason, String text) {
    private static final int MAX_QUOTED = 80;

    public SdpError {
        text = text == null ? "" : text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
    }

    static SdpError body(String reason) {
        return new SdpError(0, reason, "");
    }

    /** "SDP line 7 (m=audio x RTP/AVP 0): port 'x' is not a number", for logs and SIP Warning texts. */
    public String message() {
        return line == 0 ? "SDP: " + reason : "SDP line " + line + " (" + text + "): " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
