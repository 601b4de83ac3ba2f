package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Rewrites a description that one leg sent so the other leg sends its media to the PBX (media anchoring):
 * the addresses and ports become ours, the rest (codecs, direction, crypto, unknown attributes and their
 * order) passes through unchanged.
 */
public final class SdpRelay {
    /**
     * Attributes that describe the writer's own transport addresses, which must not reach the other leg: ICE
     * (RFC 8839) and a=rtcp (RFC 3605). Our RTCP is always on RTP port + 1 (RFC 3550 §11), so it needs none.
     */
    static final Set<String> TRANSPORT_ATTRIBUTES = Set.of("candidate", "remote-candidates", "end-of-candidates",
        "ice-ufrag", "ice-pwd", "ice-options", "ice-lite", "ice-mismatch", "ice-pacing", Rtcp.NAME);

    private SdpRelay() {
    }

    /**
     * The description with every address and port replaced by the PBX's.
     * <ul>
     *   <li>o= becomes {@code ours}: keep one Origin per leg and pass {@code previous.next()} for each new
     *       description sent on it (RFC 3264 §8), or use {@link OriginVersions#stamp}.</li>
     *   <li>c= at session and media level becomes {@code pbxAddress} where the original had one (a stream
     *       with no c= of its own and no session c= gets one).</li>
     *   <li>m= port becomes {@code portForMedia.applyAsInt(index)} (0 disables the stream); a stream that
     *       was port 0 stays port 0 and the function is not asked. The port count becomes 1.</li>
     *   <li>ICE attributes and a=rtcp are dropped.</li>
     *   <li>RFC 2543 hold (c=0.0.0.0) becomes the RFC 3264 §8.4 direction (sendonly or inactive), since the
     *       address it was said with is replaced.</li>
     * </ul>
     */
    public static SessionDescription rewriteForRelay(SessionDescription sd, Origin ours, String pbxAddress,
                                                     IntUnaryOperator portForMedia) {
        Connection pbx = Connection.of(pbxAddress);
        List<MediaDescription> media = new ArrayList<>(sd.media().size());
        for (int i = 0; i < sd.media().size(); i++) {
            media.add(rewriteMedia(sd, i, pbx, portForMedia));
        }
        return new SessionDescription(sd.version(), ours, sd.sessionName(), sd.information(), sd.uri(), sd.emails(),
            sd.phones(), sd.connection() == null ? null : pbx, sd.bandwidths(), sd.timings(), sd.timeZones(),
            sd.encryptionKey(), withoutTransport(sd.attributes()), media);
    }

    private static MediaDescription rewriteMedia(SessionDescription sd, int i, Connection pbx,
                                                 IntUnaryOperator portForMedia) {
        MediaDescription m = sd.media().get(i);
        Attributes attrs = withoutTransport(m.attributes());
        if (!m.isRejected() && sd.connectionOf(i).map(Connection::isNullAddress).orElse(false)) {
            attrs = attrs.withDirection(SdpHold.effectiveDirection(sd, i));
        }
        int port = m.isRejected() ? 0 : portForMedia.applyAsInt(i);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port for media " + i + " out of range: " + port);
        }
        boolean needsConnection = m.connection() != null || (sd.connection() == null && port != 0);
        return new MediaDescription(m.type(), port, 1, m.protocol(), m.formats(), m.information(),
            needsConnection ? pbx : null, m.bandwidths(), m.encryptionKey(), attrs);
    }

    static Attributes withoutTransport(Attributes attributes) {
        return attributes.without(a -> TRANSPORT_ATTRIBUTES.contains(a.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The description cut down to what a negotiation accepted, to offer the other leg only what we can
     * carry: accepted streams list only their accepted formats (rtpmap, fmtp and rtcp-fb lines of dropped
     * formats go too), rejected streams get port 0.
     */
    public static SessionDescription restrictTo(SessionDescription sd, Negotiation.Agreed agreed) {
        List<StreamDecision> decisions = agreed.streams();
        if (decisions.size() != sd.media().size()) {
            throw new IllegalArgumentException(decisions.size() + " decisions for " + sd.media().size() + " streams");
        }
        List<MediaDescription> media = new ArrayList<>(sd.media().size());
        for (int i = 0; i < decisions.size(); i++) {
            MediaDescription m = sd.media().get(i);
            media.add(switch (decisions.get(i)) {
                case StreamDecision.Accept a -> keepFormats(m, a.formats());
                case StreamDecision.Reject r -> m.withPort(0);
            });
        }
        return sd.withMedia(media);
    }

    private static MediaDescription keepFormats(MediaDescription m, List<PayloadFormat> kept) {
        Set<String> formats = new HashSet<>();
        kept.forEach(f -> formats.add(Integer.toString(f.payloadType())));
        List<String> listed = m.formats().stream()
            .filter(f -> formats.contains(Integer.toString(SdpText.parseInt(f, 0, 127)))).toList();
        Attributes attrs = m.attributes().without(a -> isFormatAttribute(a) && !formats.contains(formatOf(a)));
        return m.withFormats(listed).withAttributes(attrs);
    }

    private static boolean isFormatAttribute(Attribute a) {
        return a.value() != null && (a.is(RtpMap.NAME) || a.is(Fmtp.NAME) || a.is("rtcp-fb"))
            && !formatOf(a).equals("*");
    }

    /** The payload type an rtpmap, fmtp or rtcp-fb line is about, normalised ("08" is "8"). */
    private static String formatOf(Attribute a) {
        String first = SdpText.fields(a.value()).stream().findFirst().orElse("");
        int pt = SdpText.parseInt(first, 0, 127);
        return pt < 0 ? first : Integer.toString(pt);
    }
}
