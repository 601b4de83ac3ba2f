package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Our own RFC 3264 §6 answers. */
class SdpAnswerTest {
    private static final String PBX = "203.0.113.1";
    private static final Origin OURS = Origin.of("centralino", "77", 1, PBX);

    @Test
    void answersBaresip() {
        SessionDescription offer = SdpSamples.parse("baresip-1.0");
        SessionDescription answer = answer(offer, Direction.SENDRECV);
        assertThat(SdpSerializer.serialize(answer)).isEqualTo("""
            v=0\r
            o=centralino 77 1 IN IP4 203.0.113.1\r
            s=-\r
            c=IN IP4 203.0.113.1\r
            t=0 0\r
            m=audio 40000 RTP/AVP 0 8 101\r
            a=rtpmap:0 PCMU/8000\r
            a=rtpmap:8 PCMA/8000\r
            a=rtpmap:101 telephone-event/8000\r
            a=fmtp:101 0-15\r
            a=ptime:20\r
            a=sendrecv\r
            """);
        assertThat(SdpSamples.parseText(SdpSerializer.serialize(answer))).isEqualTo(answer);
    }

    @Test
    void keepsTheNumberAndOrderOfStreamsWithRejectedOnesAtPortZero() {
        SessionDescription offer = SdpSamples.parse("rejected-video");
        SessionDescription answer = answer(offer, Direction.SENDRECV);
        assertThat(answer.media()).extracting(MediaDescription::type).containsExactly("audio", "video");
        assertThat(answer.media().get(1).port()).isZero();
        assertThat(answer.media().get(1).formats()).containsExactly("96");
        assertThat(answer.media().get(0).formats()).containsExactly("8", "0", "101");
        assertThat(answer.media().get(0).ptime()).isEqualTo(OptionalInt.of(30));

        SessionDescription linphone = answer(SdpSamples.parse("linphone-offer"), Direction.SENDRECV);
        assertThat(linphone.media()).extracting(MediaDescription::port).containsExactly(40_000, 0);
        assertThat(linphone.media().get(0).formats()).containsExactly("0", "8", "100");
        assertThat(linphone.media().get(0).ptime()).isEmpty();
    }

    @Test
    void copiesTheOffersTiming() {
        SessionDescription offer = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=3034423619 0\r\n"
            + "m=audio 4000 RTP/AVP 0\r\n");
        assertThat(answer(offer, Direction.SENDRECV).timings()).isEqualTo(offer.timings());
    }

    /** RFC 3264 §6.1: offered direction × what we wish → answered direction. */
    @ParameterizedTest(name = "offer {0}, we wish {1} → {2}")
    @CsvSource({
        "SENDRECV, SENDRECV, SENDRECV", "SENDRECV, SENDONLY, SENDONLY", "SENDRECV, RECVONLY, RECVONLY",
        "SENDRECV, INACTIVE, INACTIVE",
        "SENDONLY, SENDRECV, RECVONLY", "SENDONLY, SENDONLY, INACTIVE", "SENDONLY, RECVONLY, RECVONLY",
        "SENDONLY, INACTIVE, INACTIVE",
        "RECVONLY, SENDRECV, SENDONLY", "RECVONLY, SENDONLY, SENDONLY", "RECVONLY, RECVONLY, INACTIVE",
        "RECVONLY, INACTIVE, INACTIVE",
        "INACTIVE, SENDRECV, INACTIVE", "INACTIVE, SENDONLY, INACTIVE", "INACTIVE, RECVONLY, INACTIVE",
        "INACTIVE, INACTIVE, INACTIVE"})
    void answersTheDirectionPerRfc3264(Direction offered, Direction wish, Direction expected) {
        assertThat(Direction.answerTo(offered, wish)).isEqualTo(expected);
        SessionDescription base = SdpSamples.parse("baresip-1.0");
        MediaDescription audio = base.media().getFirst();
        SessionDescription offer = base.withMedia(List.of(audio.withAttributes(audio.attributes()
            .withDirection(offered))));
        SessionDescription answer = answer(offer, wish);
        assertThat(answer.media().getFirst().direction()).contains(expected);
    }

    @Test
    void answersRfc2543HoldAsRecvonly() {
        SessionDescription answer = answer(SdpSamples.parse("hold-rfc2543"), Direction.SENDRECV);
        assertThat(answer.media().getFirst().direction()).contains(Direction.RECVONLY);
        assertThat(answer.connection()).isEqualTo(Connection.of(PBX));
    }

    @Test
    void answersSessionLevelDirectionPerStream() {
        SessionDescription offer = SdpSamples.parse("session-and-media-c");
        Negotiation n = CodecNegotiation.negotiate(offer, Codec.G711_AND_DTMF);
        SessionDescription answer = SdpAnswer.answerFor(offer, (Negotiation.Agreed) n, OURS, PBX, i -> 40_000 + 2 * i,
            Direction.SENDRECV);
        assertThat(answer.media()).extracting(m -> m.direction().orElseThrow())
            .containsExactly(Direction.SENDONLY, Direction.SENDRECV);
    }

    @Test
    void refusesDecisionsThatDoNotMatchTheOffer() {
        SessionDescription offer = SdpSamples.parse("rejected-video");
        List<StreamDecision> one = List.of(new StreamDecision.Reject(0, "x"));
        assertThatThrownBy(() -> SdpAnswer.answerFor(offer, one, OURS, PBX, i -> 40_000, Direction.SENDRECV))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 decisions for 2");
        List<StreamDecision> notOffered = List.of(new StreamDecision.Accept(0,
            List.of(new PayloadFormat(9, "G722", 8000, 1, null))), new StreamDecision.Reject(1, "x"));
        assertThatThrownBy(() -> SdpAnswer.answerFor(offer, notOffered, OURS, PBX, i -> 40_000, Direction.SENDRECV))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload type 9 was not offered");
    }

    private static SessionDescription answer(SessionDescription offer, Direction wish) {
        Negotiation n = CodecNegotiation.negotiate(offer, Codec.G711_AND_DTMF);
        assertThat(n).isInstanceOf(Negotiation.Agreed.class);
        return SdpAnswer.answerFor(offer, (Negotiation.Agreed) n, OURS, PBX, i -> 40_000 + 2 * i, wish);
    }
}
