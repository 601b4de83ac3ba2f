package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The SDP bodies under src/test/resources/org/centralino/sip/sdp/ (see the README there). */
final class SdpSamples {
    static final List<String> ALL = List.of("baresip-1.0", "baresip-1.0-rtcp-mux", "baresip-1.0-srtp",
        "sipp-uac-pcap", "sipp-uac", "linphone-offer", "yealink-offer", "ipv6-offer", "media-level-c-only",
        "session-and-media-c", "hold-sendonly", "hold-rfc2543", "rejected-video", "g729-only", "te96-pcmu");

    private SdpSamples() {
    }

    static byte[] bytes(String name) {
        String resource = name + ".sdp";
        try (InputStream in = SdpSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample, parsed; fails the test when the parser refuses it. */
    static SessionDescription parse(String name) {
        return parsed(SdpParser.parse(bytes(name)));
    }

    /** Inline text, parsed; fails the test when the parser refuses it. */
    static SessionDescription parseText(String text) {
        return parsed(SdpParser.parse(text));
    }

    static SessionDescription parsed(SdpParseResult result) {
        assertThat(result).isInstanceOf(SdpParseResult.Parsed.class);
        return ((SdpParseResult.Parsed) result).description();
    }

    static SdpError error(String text) {
        SdpParseResult result = SdpParser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(SdpParseResult.Invalid.class);
        return ((SdpParseResult.Invalid) result).error();
    }
}
