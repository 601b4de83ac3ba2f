package org.centralino.core.b2bua;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.media.rtp.StreamFormat;
import org.centralino.sip.sdp.Attributes;
import org.centralino.sip.sdp.Codec;
import org.centralino.sip.sdp.CodecNegotiation;
import org.centralino.sip.sdp.Fmtp;
import org.centralino.sip.sdp.MediaDescription;
import org.centralino.sip.sdp.Negotiation;
import org.centralino.sip.sdp.PayloadFormat;
import org.centralino.sip.sdp.RtpMap;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.sdp.StreamDecision;

/**
 * The codecs the PBX can carry, in SDP terms (issue 4, "transcoding"): every codec the media engine can encode
 * and decode ({@link CodecRegistry}) and telephone events at 8 and 48 kHz. An offer is accepted when it shares
 * one of them; the offer passed on to the other leg keeps the offerer's formats first (so the other side can
 * pick one of them, and the call passes through) and adds the ones only we have (so a phone with none of the
 * offerer's codecs can still answer, and the call is transcoded).
 */
final class MediaCodecs {
    /** RFC 4733 DTMF events 0-15 and flash (16), at the clock rate of the codec they go with. */
    private static final String EVENTS = "0-16";
    private static final int FIRST_DYNAMIC = 96;
    /** Why the other m= lines are refused (RFC 3264 §6: port 0). */
    private static final String ONE_STREAM = "one audio stream is carried";
    private static final int LAST_DYNAMIC = 127;

    private final CodecRegistry registry;
    private final List<Codec> supported;

    MediaCodecs(CodecRegistry registry) {
        this.registry = registry;
        List<Codec> list = new ArrayList<>();
        registry.codecs().forEach(c -> list.add(sdpCodec(c)));
        list.add(Codec.TELEPHONE_EVENT);
        list.add(new Codec(Codec.AUDIO, PayloadFormat.TELEPHONE_EVENT, 48_000, 1, EVENTS));
        this.supported = List.copyOf(list);
    }

    CodecRegistry registry() {
        return registry;
    }

    private static Codec sdpCodec(AudioCodec c) {
        return new Codec(Codec.AUDIO, c.encoding(), c.rtpClockRate(), c.sdpChannels(), null);
    }

    /**
     * What we can carry of an offer: the negotiation with only its first accepted stream kept, or why
     * nothing can be carried (answer 488 with the Warning).
     */
    Negotiation negotiate(SessionDescription offer) {
        Negotiation n = CodecNegotiation.negotiate(offer, supported);
        if (!(n instanceof Negotiation.Agreed agreed)) {
            return n;
        }
        int first = agreed.accepted().getFirst().mediaIndex();
        return new Negotiation.Agreed(agreed.streams().stream().map(d -> d.mediaIndex() == first ? d
            : (StreamDecision) new StreamDecision.Reject(d.mediaIndex(), ONE_STREAM)).toList());
    }

    /**
     * {@code offer} (already cut to what we carry) with, in stream {@code stream}, every codec of ours that it
     * lacks appended after the offerer's (and telephone events at 8 kHz if it has none): the offer the other
     * leg gets. Payload types: a codec's static one if free, else a free dynamic one.
     */
    SessionDescription extend(SessionDescription offer, int stream) {
        MediaDescription m = offer.media().get(stream);
        List<PayloadFormat> present = m.payloadFormats();
        Set<Integer> used = new HashSet<>();
        present.forEach(f -> used.add(f.payloadType()));
        List<String> formats = new ArrayList<>(m.formats());
        Attributes attrs = m.attributes();
        for (Codec c : supported) {
            boolean telephoneEvent = c.isTelephoneEvent();
            if (present.stream().anyMatch(f -> f.matches(c))
                || telephoneEvent && (c.clockRate() != 8000 || present.stream().anyMatch(PayloadFormat::isTelephoneEvent))) {
                continue;
            }
            Optional<AudioCodec> ac = telephoneEvent ? Optional.empty() : registry.find(c.encoding(), c.clockRate());
            int pt = payloadTypeFor(ac, used);
            if (pt < 0) {
                break; // every number taken: what is offered already will have to do
            }
            used.add(pt);
            formats.add(Integer.toString(pt));
            attrs = attrs.with(new RtpMap(pt, c.encoding(), c.clockRate(), c.channels()).toAttribute());
            String fmtp = telephoneEvent ? EVENTS : ac.map(AudioCodec::defaultFmtp).orElse(null);
            if (fmtp != null) {
                attrs = attrs.with(new Fmtp(Integer.toString(pt), fmtp).toAttribute());
            }
        }
        List<MediaDescription> media = new ArrayList<>(offer.media());
        media.set(stream, m.withFormats(formats).withAttributes(moveDirectionLast(attrs)));
        return offer.withMedia(media);
    }

    private static Attributes moveDirectionLast(Attributes attrs) {
        Optional<org.centralino.sip.sdp.Direction> d = attrs.direction();
        return d.map(attrs::withDirection).orElse(attrs);
    }

    private static int payloadTypeFor(Optional<AudioCodec> codec, Set<Integer> used) {
        if (codec.isPresent() && codec.get().staticPayloadType().isPresent()
            && !used.contains(codec.get().staticPayloadType().getAsInt())) {
            return codec.get().staticPayloadType().getAsInt();
        }
        for (int pt = FIRST_DYNAMIC; pt <= LAST_DYNAMIC; pt++) {
            if (!used.contains(pt)) {
                return pt;
            }
        }
        return -1;
    }

    /** The codec formats of a list we can encode and decode, best first (by {@link AudioCodec#quality()}). */
    List<PayloadFormat> bestFirst(List<PayloadFormat> formats) {
        return formats.stream().filter(PayloadFormat::isCodec)
            .filter(f -> registry.find(f.encoding(), f.clockRate()).isPresent())
            .sorted(Comparator.comparingInt((PayloadFormat f) ->
                registry.find(f.encoding(), f.clockRate()).orElseThrow().quality()).reversed())
            .toList();
    }

    /**
     * How we speak RTP with a phone on codec format {@code codec} of stream {@code m} (as that phone's SDP
     * describes it): the codec, its payload type and fmtp, the telephone events of the same clock rate, and
     * the stream's ptime.
     */
    Optional<StreamFormat> format(MediaDescription m, PayloadFormat codec) {
        Optional<AudioCodec> ac = registry.find(codec.encoding(), codec.clockRate());
        if (ac.isEmpty()) {
            return Optional.empty();
        }
        int events = eventPayloadType(m.payloadFormats(), codec.clockRate());
        int ptime = m.ptime().orElse(StreamFormat.DEFAULT_PACKET_MILLIS);
        int packet = ptime >= 10 && ptime <= 120 ? ptime / 10 * 10 : StreamFormat.DEFAULT_PACKET_MILLIS;
        return Optional.of(new StreamFormat(ac.get(), codec.payloadType(), CodecParams.parse(codec.parameters()),
            events, packet));
    }

    /** Decisions for {@code streams} m= lines: {@code formats} in stream {@code stream}, every other refused. */
    static List<StreamDecision> oneStream(int streams, int stream, List<PayloadFormat> formats) {
        List<StreamDecision> decisions = new ArrayList<>(streams);
        for (int i = 0; i < streams; i++) {
            decisions.add(i == stream ? new StreamDecision.Accept(i, formats)
                : new StreamDecision.Reject(i, ONE_STREAM));
        }
        return decisions;
    }

    /** The telephone-event payload type at {@code clockRate} in a list of formats, or {@link StreamFormat#NO_EVENTS}. */
    static int eventPayloadType(List<PayloadFormat> formats, int clockRate) {
        return formats.stream().filter(PayloadFormat::isTelephoneEvent).filter(f -> f.clockRate() == clockRate)
            .mapToInt(PayloadFormat::payloadType).findFirst().orElse(StreamFormat.NO_EVENTS);
    }
}
