package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What we can accept of an offer (RFC 3264 §6.1): per m= line, the offered formats that match a codec we
 * support by encoding name (ignoring case), clock rate and channels, in the offerer's order and with the
 * offerer's payload type numbers. Telephone events and comfort noise are kept only beside an accepted codec
 * of the same clock rate (RFC 4733 §7.1.1); telephone-event's fmtp becomes the events both sides know.
 */
public final class CodecNegotiation {
    /** Plain RTP, with or without RTCP feedback: what the relay carries today. */
    public static final Set<String> PLAIN_RTP = Set.of("RTP/AVP", "RTP/AVPF");

    private CodecNegotiation() {
    }

    /** Negotiates over plain RTP ({@link #PLAIN_RTP}). */
    public static Negotiation negotiate(SessionDescription offer, List<Codec> supported) {
        return negotiate(offer, supported, PLAIN_RTP);
    }

    /** Negotiates, accepting only streams whose m= protocol is one of {@code protocols} (ignoring case). */
    public static Negotiation negotiate(SessionDescription offer, List<Codec> supported, Set<String> protocols) {
        Set<String> protos = protocols.stream().map(p -> p.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<StreamDecision> decisions = new ArrayList<>(offer.media().size());
        for (int i = 0; i < offer.media().size(); i++) {
            decisions.add(decide(i, offer.media().get(i), supported, protos));
        }
        if (decisions.stream().anyMatch(StreamDecision.Accept.class::isInstance)) {
            return new Negotiation.Agreed(decisions);
        }
        return refusal(offer, supported, protos);
    }

    private static StreamDecision decide(int index, MediaDescription m, List<Codec> supported, Set<String> protos) {
        List<Codec> ours = supported.stream().filter(c -> c.mediaType().equalsIgnoreCase(m.type())).toList();
        if (m.isRejected()) {
            return new StreamDecision.Reject(index, "disabled by the offerer (port 0)");
        }
        if (ours.isEmpty()) {
            return new StreamDecision.Reject(index, "media type " + m.type() + " not supported");
        }
        if (!protos.contains(m.protocol().toUpperCase(Locale.ROOT))) {
            return new StreamDecision.Reject(index, "transport " + m.protocol() + " not supported");
        }
        List<PayloadFormat> common = common(m.payloadFormats(), ours);
        return common.isEmpty() ? new StreamDecision.Reject(index, "no common codec")
            : new StreamDecision.Accept(index, common);
    }

    /** The offered formats we share, in the offer's order; empty unless at least one real codec is shared. */
    static List<PayloadFormat> common(List<PayloadFormat> offered, List<Codec> ours) {
        List<PayloadFormat> codecs = offered.stream().filter(PayloadFormat::isCodec)
            .filter(f -> ours.stream().anyMatch(f::matches)).toList();
        if (codecs.isEmpty()) {
            return List.of();
        }
        Set<Integer> clockRates = codecs.stream().map(PayloadFormat::clockRate).collect(Collectors.toSet());
        List<PayloadFormat> out = new ArrayList<>(offered.size());
        for (PayloadFormat f : offered) {
            if (f.isCodec()) {
                if (codecs.contains(f)) {
                    out.add(f);
                }
            } else if (clockRates.contains(f.clockRate())) {
                auxiliary(f, ours).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A telephone-event or CN format we also support; telephone-event narrowed to the events both know. */
    private static Optional<PayloadFormat> auxiliary(PayloadFormat offered, List<Codec> ours) {
        Optional<Codec> mine = ours.stream().filter(offered::matches).findFirst();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return offered.isTelephoneEvent() ? sharedEvents(offered, mine.get().parameters()) : Optional.of(offered);
    }

    /**
     * The offered telephone-event with the events both sides know; none when they share no event. An offer
     * without fmtp means events 0-15 (RFC 4733 §7.1.1); an event list we cannot read passes on as offered.
     */
    private static Optional<PayloadFormat> sharedEvents(PayloadFormat offered, String ourList) {
        Optional<TelephoneEvents> theirs = offered.parameters() == null ? Optional.of(TelephoneEvents.DTMF)
            : TelephoneEvents.parse(offered.parameters());
        if (theirs.isEmpty()) {
            return Optional.of(offered);
        }
        TelephoneEvents both = TelephoneEvents.parse(ourList).map(theirs.get()::intersect).orElse(theirs.get());
        return both.isEmpty() ? Optional.empty() : Optional.of(offered.withParameters(both.encode()));
    }

    private static Negotiation refusal(SessionDescription offer, List<Codec> supported, Set<String> protos) {
        Set<String> types = supported.stream().map(c -> c.mediaType().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
        List<MediaDescription> wanted = offer.media().stream().filter(m -> !m.isRejected())
            .filter(m -> types.contains(m.type().toLowerCase(Locale.ROOT))).toList();
        if (wanted.isEmpty()) {
            return new Negotiation.NotAcceptable(SdpWarning.MEDIA_TYPE_NOT_AVAILABLE,
                "no active " + String.join("/", types) + " stream offered");
        }
        List<MediaDescription> usable = wanted.stream()
            .filter(m -> protos.contains(m.protocol().toUpperCase(Locale.ROOT))).toList();
        if (usable.isEmpty()) {
            return new Negotiation.NotAcceptable(SdpWarning.INCOMPATIBLE_TRANSPORT, "offered over "
                + wanted.stream().map(MediaDescription::protocol).distinct().toList() + ", supported " + protos);
        }
        String offered = usable.stream().flatMap(m -> m.payloadFormats().stream()).map(PayloadFormat::describe)
            .distinct().collect(Collectors.joining(", "));
        String ours = supported.stream().map(c -> c.encoding() + "/" + c.clockRate()).collect(Collectors.joining(", "));
        return new Negotiation.NotAcceptable(SdpWarning.INCOMPATIBLE_MEDIA_FORMAT,
            "no common codec: offered [" + offered + "], supported [" + ours + "]");
    }
}
