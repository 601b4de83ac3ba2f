package org.centralino.sip.sdp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a session description (RFC 8866, RFC 4566) from a SIP body. Tolerant where phones differ and
 * nothing depends on it (LF-only line ends, trailing whitespace, blank lines, lines out of RFC order, a
 * missing s= or t=); strict where a call would be set up on what it says (o=, c=, m=, rtpmap, fmtp, rtcp,
 * ptime). Never throws on bad input: the result says which line is wrong and why.
 */
public final class SdpParser {
    private SdpParser() {
    }

    /** Parses a body: UTF-8 (RFC 8866 §5), malformed sequences replaced, as only s= and i= carry text. */
    public static SdpParseResult parse(byte[] body) {
        if (body.length > SdpLimits.MAX_BYTES) {
            return new SdpParseResult.Invalid(SdpError.body("larger than " + SdpLimits.MAX_BYTES + " bytes"));
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    public static SdpParseResult parse(String text) {
        try {
            return new SdpParseResult.Parsed(read(SdpLines.split(text)));
        } catch (SdpSyntaxException e) {
            return new SdpParseResult.Invalid(e.error());
        }
    }

    private static SessionDescription read(List<SdpLine> lines) throws SdpSyntaxException {
        SdpLine first = lines.getFirst();
        if (first.type() != 'v') {
            throw first.error("a session description starts with v=0");
        }
        if (!first.value().equals("0")) {
            throw first.error("SDP version '" + first.value() + "' is not 0");
        }
        SessionBuilder session = new SessionBuilder();
        List<MediaDescription> media = new ArrayList<>();
        MediaBuilder current = null;
        for (SdpLine line : lines.subList(1, lines.size())) {
            if (line.type() == 'm') {
                if (current != null) {
                    media.add(current.build(session.connection()));
                }
                if (media.size() == SdpLimits.MAX_MEDIA) {
                    throw line.error("more than " + SdpLimits.MAX_MEDIA + " media sections");
                }
                current = MediaBuilder.start(line);
            } else if (current != null) {
                current.accept(line);
            } else {
                session.accept(line);
            }
        }
        if (current != null) {
            media.add(current.build(session.connection()));
        }
        return session.build(media);
    }
}
