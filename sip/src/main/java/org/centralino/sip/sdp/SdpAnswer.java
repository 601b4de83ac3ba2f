package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;

/**
 * Builds our answer to an offer (RFC 3264 §6), for when the PBX itself terminates the media (announcements,
 * voicemail, music on hold) or transcodes: one m= line per offered one, in order; rejected streams with port
 * 0; accepted ones with their chosen formats, the offer's ptime and the answered direction (§6.1).
 */
public final class SdpAnswer {
    private SdpAnswer() {
    }

    /** The answer for an agreed negotiation. */
    public static SessionDescription answerFor(SessionDescription offer, Negotiation.Agreed agreed, Origin ours,
                                               String address, IntUnaryOperator portForMedia, Direction wish) {
        return answerFor(offer, agreed.streams(), ours, address, portForMedia, wish);
    }

    /**
     * The answer: o= {@code ours}, session c= {@code address}, t= copied from the offer (§6), and per stream
     * the decision's formats with rtpmap and fmtp lines, the offer's ptime, and a direction attribute that is
     * {@link Direction#answerTo} of the offer's (0.0.0.0 read as hold) and {@code wish}.
     *
     * @param decisions    one per m= line of the offer, in order (as {@link CodecNegotiation} makes them)
     * @param portForMedia our RTP port for each accepted stream, by m= index (1-65535)
     */
    public static SessionDescription answerFor(SessionDescription offer, List<StreamDecision> decisions,
                                               Origin ours, String address, IntUnaryOperator portForMedia,
                                               Direction wish) {
        if (decisions.size() != offer.media().size()) {
            throw new IllegalArgumentException(decisions.size() + " decisions for " + offer.media().size()
                + " offered streams");
        }
        List<MediaDescription> media = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            StreamDecision d = decisions.get(i);
            if (d.mediaIndex() != i) {
                throw new IllegalArgumentException("decision " + i + " is for stream " + d.mediaIndex());
            }
            media.add(switch (d) {
                case StreamDecision.Accept a -> accepted(offer, i, a.formats(), portForMedia.applyAsInt(i), wish);
                case StreamDecision.Reject r -> rejected(offer.media().get(i));
            });
        }
        return new SessionDescription(0, ours, SessionDescription.NO_NAME, null, null, List.of(), List.of(),
            Connection.of(address), List.of(), offer.timings(), null, null, Attributes.NONE, media);
    }

    private static MediaDescription accepted(SessionDescription offer, int i, List<PayloadFormat> formats, int port,
                                             Direction wish) {
        MediaDescription m = offer.media().get(i);
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port for accepted stream " + i + " out of range: " + port);
        }
        List<String> listed = new ArrayList<>(formats.size());
        List<Attribute> attrs = new ArrayList<>(formats.size() * 2 + 2);
        for (PayloadFormat f : formats) {
            String pt = Integer.toString(f.payloadType());
            if (m.formats().stream().noneMatch(o -> SdpText.parseInt(o, 0, 127) == f.payloadType())) {
                throw new IllegalArgumentException("payload type " + pt + " was not offered in stream " + i);
            }
            listed.add(pt);
            attrs.add(f.rtpMap().toAttribute());
            if (f.parameters() != null) {
                attrs.add(new Fmtp(pt, f.parameters()).toAttribute());
            }
        }
        OptionalInt ptime = offer.ptimeOf(i);
        if (ptime.isPresent()) {
            attrs.add(Attribute.of("ptime", Integer.toString(ptime.getAsInt())));
        }
        attrs.add(Direction.answerTo(SdpHold.effectiveDirection(offer, i), wish).toAttribute());
        return new MediaDescription(m.type(), port, 1, m.protocol(), listed, null, null, List.of(), null,
            new Attributes(attrs));
    }

    /** RFC 3264 §6: port 0, and the offer's formats (the m= line must still list at least one). */
    private static MediaDescription rejected(MediaDescription offered) {
        return new MediaDescription(offered.type(), 0, 1, offered.protocol(), offered.formats(), null, null,
            List.of(), null, Attributes.NONE);
    }
}
