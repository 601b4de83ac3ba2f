package org.centralino.sip.sdp;

import java.util.Optional;

/** {@code a=fmtp:<format> <format specific parameters>} (RFC 8866 §6.15); parameters may be empty. */
public record Fmtp(String format, String parameters) {
    public static final String NAME = "fmtp";

    public Fmtp {
        if (!SdpText.isToken(format)) {
            throw new IllegalArgumentException("fmtp format must be a token: " + format);
        }
        SdpText.requireLineSafe(parameters, "fmtp parameters");
        if (parameters == null) {
            throw new IllegalArgumentException("fmtp parameters must not be null");
        }
    }

    /** Reads an fmtp value; empty when the format is missing or not a token. */
    public static Optional<Fmtp> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int i = 0;
        while (i < value.length() && !SdpText.isBlank(value.charAt(i))) {
            i++;
        }
        String format = value.substring(0, i);
        if (!SdpText.isToken(format)) {
            return Optional.empty();
        }
        return Optional.of(new Fmtp(format, value.substring(i).strip()));
    }

    public String value() {
        return parameters.isEmpty() ? format : format + " " + parameters;
    }

    public Attribute toAttribute() {
        return Attribute.of(NAME, value());
    }
}
