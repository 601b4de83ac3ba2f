package org.centralino.core.b2bua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.media.codec.G711Codec;
import org.centralino.media.codec.G722Codec;
import org.centralino.sip.sdp.MediaDescription;
import org.centralino.sip.sdp.Negotiation;
import org.centralino.sip.sdp.PayloadFormat;
import org.centralino.sip.sdp.SdpParseResult;
import org.centralino.sip.sdp.SdpParser;
import org.centralino.sip.sdp.SessionDescription;
import org.junit.jupiter.api.Test;

/**
 * How the PBX decides between passing packets through and transcoding (issue 4): the offer passed on keeps the
 * offerer's formats first and adds ours; an answer that picks one of the offerer's codecs, with telephone events
 * on both sides or on neither, passes through; anything else is transcoded with each leg on its own format.
 */
class MediaPlanTest {
    private static final MediaCodecs CODECS = new MediaCodecs(new CodecRegistry(List.of(G711Codec.PCMU,
        G711Codec.PCMA, new G722Codec())));

    private static SessionDescription sdp(String m, String... attributes) {
        StringBuilder s = new StringBuilder(String.join("\r\n", "v=0", "o=phone 1 1 IN IP4 192.0.2.1", "s=-",
            "c=IN IP4 192.0.2.1", "t=0 0", m));
        for (String a : attributes) {
            s.append("\r\n").append(a);
        }
        return ((SdpParseResult.Parsed) SdpParser.parse(s + "\r\n")).description();
    }

    private static SessionDescription restricted(SessionDescription offer) {
        return MediaAnchor.restrict(offer, (Negotiation.Agreed) CODECS.negotiate(offer));
    }

    private static List<String> formats(SessionDescription sd) {
        return sd.media().getFirst().payloadFormats().stream().map(f -> f.payloadType() + " " + f.describe()).toList();
    }

    @Test
    void theOfferPassedOnKeepsTheOfferersFormatsFirstAndAddsOurs() {
        SessionDescription offer = restricted(sdp("m=audio 4000 RTP/AVP 8 101", "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-15", "a=sendrecv"));
        SessionDescription extended = CODECS.extend(offer, 0);
        MediaDescription m = extended.media().getFirst();
        assertThat(m.formats()).as("ours best first: G.722, then PCMU").containsExactly("8", "101", "9", "0");
        assertThat(m.rtpMap(9)).hasValueSatisfying(r -> assertThat(r.encoding()).isEqualTo("G722"));
        assertThat(m.direction()).as("the direction stays last and unchanged").hasValue(
            org.centralino.sip.sdp.Direction.SENDRECV);
    }

    @Test
    void telephoneEventsAreAddedWhenTheOffererHasNoneAndNumbersInUseAreNotReused() {
        SessionDescription offer = restricted(sdp("m=audio 4000 RTP/AVP 9 96", "a=rtpmap:9 G722/8000",
            "a=rtpmap:96 PCMU/8000"));
        MediaDescription m = CODECS.extend(offer, 0).media().getFirst();
        List<PayloadFormat> f = m.payloadFormats();
        assertThat(f).extracting(PayloadFormat::encoding).containsExactly("G722", "PCMU", "PCMA", "telephone-event");
        assertThat(f.get(1).payloadType()).isEqualTo(96);
        assertThat(f.get(3).payloadType()).as("a free dynamic number").isEqualTo(97);
        assertThat(m.fmtp("97")).hasValue("0-16");
    }

    @Test
    void anAnswerWithOneOfTheOfferersCodecsPassesThroughCutToTheOfferersFormats() {
        SessionDescription offer = restricted(sdp("m=audio 4000 RTP/AVP 0 101", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000"));
        SessionDescription answer = sdp("m=audio 5000 RTP/AVP 0 9 101", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:9 G722/8000", "a=rtpmap:101 telephone-event/8000");
        MediaPlan plan = MediaPlan.decide(CODECS, offer, answer, 0).orElseThrow();
        assertThat(plan).isInstanceOf(MediaPlan.PassThrough.class);
        assertThat(formats(plan.answerForX())).as("G.722 was never offered by X").containsExactly(
            "0 PCMU/8000", "101 telephone-event/8000");
    }

    @Test
    void anAnswerWithACodecOnlyWeOfferedIsTranscodedAndTheOffererGetsOurAnswer() {
        SessionDescription offer = restricted(sdp("m=audio 4000 RTP/AVP 9 0 101", "a=rtpmap:9 G722/8000",
            "a=rtpmap:0 PCMU/8000", "a=rtpmap:101 telephone-event/8000", "a=ptime:20"));
        SessionDescription answer = sdp("m=audio 5000 RTP/AVP 8 101", "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000", "a=recvonly");
        MediaPlan.Transcode plan = (MediaPlan.Transcode) MediaPlan.decide(CODECS, offer, answer, 0).orElseThrow();
        assertThat(plan.x().codec().encoding()).as("X keeps its best codec").isEqualTo("G722");
        assertThat(plan.x().payloadType()).isEqualTo(9);
        assertThat(plan.x().eventPayloadType()).isEqualTo(101);
        assertThat(plan.y().codec().encoding()).isEqualTo("PCMA");
        assertThat(formats(plan.answerForX())).containsExactly("9 G722/8000", "101 telephone-event/8000");
        assertThat(plan.answerForX().media().getFirst().direction())
            .as("Y only receives, so towards X the PBX only receives too").hasValue(
                org.centralino.sip.sdp.Direction.RECVONLY);
    }

    @Test
    void aSharedCodecWithTelephoneEventsOnOneSideOnlyIsTerminatedSoKeysCanBeConverted() {
        SessionDescription offer = restricted(sdp("m=audio 4000 RTP/AVP 0 101", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000"));
        SessionDescription answer = sdp("m=audio 5000 RTP/AVP 0", "a=rtpmap:0 PCMU/8000");
        MediaPlan.Transcode plan = (MediaPlan.Transcode) MediaPlan.decide(CODECS, offer, answer, 0).orElseThrow();
        assertThat(plan.x().codec().encoding()).isEqualTo("PCMU");
        assertThat(plan.y().codec().encoding()).isEqualTo("PCMU");
        assertThat(plan.x().hasEvents()).isTrue();
        assertThat(plan.y().hasEvents()).isFalse();
    }

    @Test
    void anAnswerThatRejectsTheStreamOrNamesNoCodecWeKnowCannotBeCarried() {
        SessionDescription offer = restricted(sdp("m=audio 4000 RTP/AVP 0", "a=rtpmap:0 PCMU/8000"));
        assertThat(MediaPlan.decide(CODECS, offer, sdp("m=audio 0 RTP/AVP 0"), 0)).isEmpty();
        assertThat(MediaPlan.decide(CODECS, offer, sdp("m=audio 5000 RTP/AVP 3", "a=rtpmap:3 GSM/8000"), 0))
            .isEmpty();
    }
}
