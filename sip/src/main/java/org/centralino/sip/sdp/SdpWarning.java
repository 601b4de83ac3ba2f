package org.centralino.sip.sdp;

/**
 * The SIP Warning codes (RFC 3261 §20.43) that explain a 488 Not Acceptable Here caused by the offer's
 * media: the B2BUA puts {@link #headerValue} in the Warning header.
 */
public enum SdpWarning {
    INCOMPATIBLE_TRANSPORT(302, "Incompatible transport protocol"),
    MEDIA_TYPE_NOT_AVAILABLE(304, "Media type not available"),
    INCOMPATIBLE_MEDIA_FORMAT(305, "Incompatible media format");

    private final int code;
    private final String text;

    SdpWarning(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** {@code 305 pbx.example.com "Incompatible media format"}: warn-code warn-agent warn-text. */
    public String headerValue(String agent) {
        return code + " " + agent + " \"" + text + "\"";
    }
}
