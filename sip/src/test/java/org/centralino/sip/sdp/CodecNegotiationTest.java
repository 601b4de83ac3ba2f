package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the PBX accepts of an offer, and the 488 reasons when it accepts nothing. */
class CodecNegotiationTest {

    @Test
    void acceptsBaresipG711AndTelephoneEventsInTheOfferersOrder() {
        Negotiation n = CodecNegotiation.negotiate(SdpSamples.parse("baresip-1.0"), Codec.G711_AND_DTMF);
        assertThat(accepted(n, 0)).containsExactly(new PayloadFormat(0, "PCMU", 8000, 1, null),
            new PayloadFormat(8, "PCMA", 8000, 1, null), new PayloadFormat(101, "telephone-event", 8000, 1, "0-15"));
    }

    @Test
    void keepsTheOfferersOrderNotOurs() {
        Negotiation n = CodecNegotiation.negotiate(SdpSamples.parse("rejected-video"),
            List.of(Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT));
        assertThat(accepted(n, 0)).extracting(PayloadFormat::payloadType).containsExactly(8, 0, 101);
    }

    @Test
    void pcmaOnlyAgainstPcmuOnlyHasNoCommonCodec() {
        SessionDescription sippPcap = SdpSamples.parse("sipp-uac-pcap");
        List<Codec> pcmuOnly = Codec.of(SdpSamples.parse("sipp-uac").media().getFirst());
        assertThat(pcmuOnly).containsExactly(Codec.PCMU);

        Negotiation n = CodecNegotiation.negotiate(sippPcap, pcmuOnly);
        assertThat(n).isInstanceOf(Negotiation.NotAcceptable.class);
        Negotiation.NotAcceptable refused = (Negotiation.NotAcceptable) n;
        assertThat(refused.warning()).isEqualTo(SdpWarning.INCOMPATIBLE_MEDIA_FORMAT);
        assertThat(refused.detail()).isEqualTo("no common codec: offered [PCMA/8000, telephone-event/8000], "
            + "supported [PCMU/8000]");
        assertThat(refused.warning().headerValue("pbx.example.com"))
            .isEqualTo("305 pbx.example.com \"Incompatible media format\"");
    }

    @Test
    void telephoneEventAloneIsNoCommonCodec() {
        Negotiation n = CodecNegotiation.negotiate(SdpSamples.parse("sipp-uac-pcap"),
            List.of(Codec.PCMU, Codec.TELEPHONE_EVENT));
        assertThat(n).isInstanceOf(Negotiation.NotAcceptable.class);
    }

    @Test
    void refusesG729OnlyWith305() {
        Negotiation n = CodecNegotiation.negotiate(SdpSamples.parse("g729-only"), Codec.G711_AND_DTMF);
        assertThat(((Negotiation.NotAcceptable) n).warning().code()).isEqualTo(305);
        assertThat(((Negotiation.NotAcceptable) n).detail()).contains("G729/8000");
    }

    @Test
    void matchesDynamicTelephoneEventByNameWhateverItsNumber() {
        SessionDescription te101 = SdpSamples.parse("baresip-1.0");
        SessionDescription te96 = SdpSamples.parse("te96-pcmu");
        // each side's offer negotiated against the codecs of the other: numbers stay the offerer's
        assertThat(accepted(CodecNegotiation.negotiate(te101, Codec.of(te96.media().getFirst())), 0))
            .extracting(PayloadFormat::payloadType).containsExactly(0, 101);
        assertThat(accepted(CodecNegotiation.negotiate(te96, Codec.of(te101.media().getFirst())), 0))
            .extracting(PayloadFormat::payloadType).containsExactly(0, 96);
    }

    @Test
    void keepsOnlyTheTelephoneEventOfTheAcceptedClockRate() {
        Negotiation n = CodecNegotiation.negotiate(SdpSamples.parse("linphone-offer"), Codec.G711_AND_DTMF);
        assertThat(accepted(n, 0)).extracting(PayloadFormat::describe)
            .containsExactly("PCMU/8000", "PCMA/8000", "telephone-event/8000");
        assertThat(accepted(n, 0).get(2).parameters()).isEqualTo("0-15"); // no fmtp offered: RFC 4733 default
        assertThat(((Negotiation.Agreed) n).streams().get(1))
            .isEqualTo(new StreamDecision.Reject(1, "media type video not supported"));
    }

    @Test
    void narrowsTelephoneEventsToTheOnesBothSidesKnow() {
        Negotiation pcap = CodecNegotiation.negotiate(SdpSamples.parse("sipp-uac-pcap"), Codec.G711_AND_DTMF);
        assertThat(accepted(pcap, 0).get(1).parameters()).isEqualTo("0-11,16");
        Negotiation ipv6 = CodecNegotiation.negotiate(SdpSamples.parse("ipv6-offer"),
            List.of(Codec.PCMA, new Codec("audio", "telephone-event", 8000, 1, "0-15")));
        assertThat(accepted(ipv6, 0)).extracting(PayloadFormat::parameters).containsExactly(null, "0-15");
    }

    @Test
    void dropsTelephoneEventsWhenNoEventIsShared() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 32-40\r\n");
        assertThat(accepted(CodecNegotiation.negotiate(sd, Codec.G711_AND_DTMF), 0))
            .extracting(PayloadFormat::payloadType).containsExactly(0);
    }

    @Test
    void matchesEncodingNamesIgnoringCase() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 97 98\r\na=rtpmap:97 pcma/8000\r\na=rtpmap:98 TELEPHONE-EVENT/8000\r\n");
        assertThat(accepted(CodecNegotiation.negotiate(sd, Codec.G711_AND_DTMF), 0))
            .extracting(PayloadFormat::payloadType).containsExactly(97, 98);
    }

    @Test
    void refusesSrtpOnlyWith302UnlessAllowed() {
        SessionDescription srtp = SdpSamples.parse("baresip-1.0-srtp");
        Negotiation n = CodecNegotiation.negotiate(srtp, Codec.G711_AND_DTMF);
        assertThat(((Negotiation.NotAcceptable) n).warning()).isEqualTo(SdpWarning.INCOMPATIBLE_TRANSPORT);
        assertThat(CodecNegotiation.negotiate(srtp, Codec.G711_AND_DTMF, Set.of("RTP/SAVP")))
            .isInstanceOf(Negotiation.Agreed.class);
    }

    @Test
    void refusesAnOfferWithoutAudioWith304() {
        SessionDescription videoOnly = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=0 0\r\n"
            + "m=video 4000 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n");
        SessionDescription allDisabled = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=0 0\r\n"
            + "m=audio 0 RTP/AVP 0\r\n");
        for (SessionDescription sd : List.of(videoOnly, allDisabled)) {
            Negotiation n = CodecNegotiation.negotiate(sd, Codec.G711_AND_DTMF);
            assertThat(((Negotiation.NotAcceptable) n).warning()).isEqualTo(SdpWarning.MEDIA_TYPE_NOT_AVAILABLE);
        }
    }

    @Test
    void rejectsDisabledStreamsAndAcceptsTheRest() {
        Negotiation.Agreed n = (Negotiation.Agreed) CodecNegotiation.negotiate(SdpSamples.parse("rejected-video"),
            Codec.G711_AND_DTMF);
        assertThat(n.streams().get(1)).isEqualTo(new StreamDecision.Reject(1, "disabled by the offerer (port 0)"));
        assertThat(n.accepted()).extracting(StreamDecision::mediaIndex).containsExactly(0);
    }

    @Test
    void acceptsG722WhenWeSupportIt() {
        Negotiation n = CodecNegotiation.negotiate(SdpSamples.parse("yealink-offer"),
            List.of(Codec.G722, Codec.TELEPHONE_EVENT));
        assertThat(accepted(n, 0)).extracting(PayloadFormat::payloadType).containsExactly(9, 101);
    }

    private static List<PayloadFormat> accepted(Negotiation n, int index) {
        assertThat(n).isInstanceOf(Negotiation.Agreed.class);
        StreamDecision d = ((Negotiation.Agreed) n).streams().get(index);
        assertThat(d).isInstanceOf(StreamDecision.Accept.class);
        return ((StreamDecision.Accept) d).formats();
    }
}
