package org.centralino.sip.sdp;

import java.util.List;
import java.util.Optional;

/**
 * {@code a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]} (RFC 8866 §6.6). Channels are 1
 * when absent (RFC 3551 §4.1, audio); for video the field is simply never written.
 */
public record RtpMap(int payloadType, String encoding, int clockRate, int channels) {
    public static final String NAME = "rtpmap";

    public RtpMap {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("RTP payload type must be 0-127: " + payloadType);
        }
        if (!SdpText.isToken(encoding) || encoding.indexOf('/') >= 0) {
            throw new IllegalArgumentException("encoding name must be a token without '/': " + encoding);
        }
        if (clockRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("clock rate and channels must be positive: " + clockRate + "/"
                + channels);
        }
    }

    /** Reads an rtpmap value (the text after {@code a=rtpmap:}); empty when it is malformed. */
    public static Optional<RtpMap> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        List<String> f = SdpText.fields(value);
        if (f.size() != 2) {
            return Optional.empty();
        }
        int pt = SdpText.parseInt(f.get(0), 0, 127);
        String[] parts = f.get(1).split("/", -1);
        if (pt < 0 || parts.length < 2 || parts.length > 3 || !SdpText.isToken(parts[0])) {
            return Optional.empty();
        }
        int clock = SdpText.parseInt(parts[1], 1, Integer.MAX_VALUE);
        int channels = parts.length == 3 ? SdpText.parseInt(parts[2], 1, 255) : 1;
        if (clock < 0 || channels < 0) {
            return Optional.empty();
        }
        return Optional.of(new RtpMap(pt, parts[0], clock, channels));
    }

    /** The attribute value, channels written only when not 1. */
    public String value() {
        return payloadType + " " + encoding + "/" + clockRate + (channels == 1 ? "" : "/" + channels);
    }

    public Attribute toAttribute() {
        return Attribute.of(NAME, value());
    }
}
