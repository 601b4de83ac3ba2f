package org.centralino.sip.sdp;

/** A {@code b=} line (RFC 8866 §5.8): a type (AS, CT, TIAS, RS, RR, ...) and a value in its unit. */
public record Bandwidth(String type, long value) {
    public Bandwidth {
        if (!SdpText.isToken(type)) {
            throw new IllegalArgumentException("b= type must be a token: " + type);
        }
        if (value < 0) {
            throw new IllegalArgumentException("b= value must not be negative: " + value);
        }
    }

    /** The text after {@code b=}. */
    public String encode() {
        return type + ":" + value;
    }
}
