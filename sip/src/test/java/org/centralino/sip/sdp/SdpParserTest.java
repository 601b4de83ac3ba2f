package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The parser on what real phones send: every field where the B2BUA reads it. */
class SdpParserTest {

    @Test
    void readsBaresipOfferFieldByField() {
        SessionDescription sd = SdpSamples.parse("baresip-1.0");
        assertThat(sd.origin()).isEqualTo(new Origin("-", "3909610862", 1387685334L, "IN", "IP4", "192.0.2.2"));
        assertThat(sd.sessionName()).isEqualTo("-");
        assertThat(sd.connection()).isEqualTo(Connection.of("192.0.2.2"));
        assertThat(sd.timings()).containsExactly(Timing.UNBOUNDED);
        assertThat(sd.attributes().first("tool")).contains("baresip 1.0.0");
        assertThat(sd.media()).hasSize(1);
        MediaDescription audio = sd.media().getFirst();
        assertThat(audio.type()).isEqualTo("audio");
        assertThat(audio.port()).isEqualTo(4360);
        assertThat(audio.protocol()).isEqualTo("RTP/AVP");
        assertThat(audio.formats()).containsExactly("0", "8", "101");
        assertThat(audio.payloadFormats()).containsExactly(new PayloadFormat(0, "PCMU", 8000, 1, null),
            new PayloadFormat(8, "PCMA", 8000, 1, null), new PayloadFormat(101, "telephone-event", 8000, 1, "0-15"));
        assertThat(sd.directionOf(0)).isEqualTo(Direction.SENDRECV);
        assertThat(audio.ptime()).isEqualTo(OptionalInt.of(20));
        assertThat(audio.rtcpMux()).isFalse();
        assertThat(audio.attributes().list()).extracting(Attribute::name).containsExactly("rtpmap", "rtpmap",
            "rtpmap", "fmtp", "sendrecv", "label", "rtcp-rsize", "ssrc", "minptime", "ptime");
    }

    @Test
    void readsRtcpMuxFromBaresip() {
        assertThat(SdpSamples.parse("baresip-1.0-rtcp-mux").media().getFirst().rtcpMux()).isTrue();
    }

    @Test
    void readsSrtpOfferWithItsCryptoAttribute() {
        MediaDescription audio = SdpSamples.parse("baresip-1.0-srtp").media().getFirst();
        assertThat(audio.protocol()).isEqualTo("RTP/SAVP");
        assertThat(audio.isRtp()).isTrue();
        assertThat(audio.attributes().first("crypto"))
            .contains("1 AES_CM_128_HMAC_SHA1_80 inline:pWDNAsa0gUXao1Vwb2Ekz0uR7vvjYtGzaSCbBI3O");
    }

    @Test
    void readsSippOfferWithBareLfLineEnds() {
        SessionDescription sd = SdpSamples.parse("sipp-uac-pcap");
        List<PayloadFormat> formats = sd.media().getFirst().payloadFormats();
        assertThat(formats).extracting(PayloadFormat::describe).containsExactly("PCMA/8000", "telephone-event/8000");
        TelephoneEvents events = TelephoneEvents.parse(formats.get(1).parameters()).orElseThrow();
        assertThat(events.contains(11)).isTrue();
        assertThat(events.contains(12)).isFalse();
        assertThat(events.contains(16)).isTrue();
    }

    @Test
    void resolvesStaticPayloadTypesWithoutRtpmapAndStripsTrailingWhitespace() {
        MediaDescription audio = SdpSamples.parse("yealink-offer").media().getFirst();
        assertThat(audio.payloadFormats()).extracting(PayloadFormat::describe)
            .containsExactly("PCMU/8000", "PCMA/8000", "G722/8000", "G729/8000", "telephone-event/8000");
        assertThat(audio.payloadFormats().get(3).parameters()).isEqualTo("annexb=no");
        assertThat(audio.attributes().first("ptime")).contains("20");
        assertThat(audio.ptime()).isEqualTo(OptionalInt.of(20));
    }

    @Test
    void readsLinphoneOfferWithDynamicTypesAndTwoStreams() {
        SessionDescription sd = SdpSamples.parse("linphone-offer");
        assertThat(sd.media()).extracting(MediaDescription::type).containsExactly("audio", "video");
        MediaDescription audio = sd.media().getFirst();
        assertThat(audio.payloadFormats()).extracting(PayloadFormat::describe).containsExactly("opus/48000/2",
            "speex/16000", "speex/8000", "PCMU/8000", "PCMA/8000", "G729/8000", "telephone-event/48000",
            "telephone-event/16000", "telephone-event/8000");
        assertThat(audio.rtcp()).contains(new Rtcp(7079, null));
        assertThat(audio.attributes().all("candidate")).hasSize(3);
        assertThat(sd.attributes().first("ice-ufrag")).contains("0aa8a793");
        assertThat(sd.media().get(1).fmtp("97")).contains("profile-level-id=42801F");
    }

    @Test
    void readsIpv6OfferAndAnEmptySessionName() {
        SessionDescription sd = SdpSamples.parse("ipv6-offer");
        assertThat(sd.sessionName()).isEmpty();
        assertThat(sd.origin().addressType()).isEqualTo("IP6");
        assertThat(sd.connectionOf(0)).contains(new Connection("IN", "IP6", "2001:db8::2"));
        assertThat(sd.media().getFirst().rtcp()).contains(new Rtcp(22335, new Connection("IN", "IP6", "2001:db8::2")));
    }

    @Test
    void takesTheConnectionOfEachStreamFromMediaLevelOverSessionLevel() {
        SessionDescription mediaOnly = SdpSamples.parse("media-level-c-only");
        assertThat(mediaOnly.connection()).isNull();
        assertThat(mediaOnly.connectionOf(0)).contains(Connection.of("198.51.100.10"));
        assertThat(mediaOnly.connectionOf(1)).contains(Connection.of("198.51.100.11"));

        SessionDescription both = SdpSamples.parse("session-and-media-c");
        assertThat(both.connectionOf(0)).contains(Connection.of("198.51.100.20"));
        assertThat(both.connectionOf(1)).contains(Connection.of("198.51.100.21"));
        assertThat(SdpSamples.parse("baresip-1.0").connectionOf(0)).contains(Connection.of("192.0.2.2"));
    }

    @Test
    void takesTheDirectionFromMediaLevelOverSessionLevelOverSendrecv() {
        SessionDescription both = SdpSamples.parse("session-and-media-c");
        assertThat(both.direction()).contains(Direction.RECVONLY);
        assertThat(both.directionOf(0)).isEqualTo(Direction.RECVONLY);
        assertThat(both.directionOf(1)).isEqualTo(Direction.SENDRECV);
        assertThat(SdpSamples.parse("media-level-c-only").directionOf(0)).isEqualTo(Direction.SENDRECV);
        assertThat(SdpSamples.parse("media-level-c-only").directionOf(1)).isEqualTo(Direction.RECVONLY);
    }

    @Test
    void readsARejectedSecondStream() {
        SessionDescription sd = SdpSamples.parse("rejected-video");
        assertThat(sd.media().get(0).isRejected()).isFalse();
        assertThat(sd.media().get(1).isRejected()).isTrue();
        assertThat(sd.media().get(1).port()).isZero();
    }

    @Test
    void toleratesBlankLinesMissingFinalLineEndAndLinesOutOfOrder() {
        SessionDescription sd = SdpSamples.parseText("v=0\n\no=- 1 2 IN IP4 10.0.0.1\nt=0 0\na=x-custom:1\n"
            + "c=IN IP4 10.0.0.1\ns=late\r\n\r\nm=audio 4000 RTP/AVP 0\r\na=ptime:20");
        assertThat(sd.sessionName()).isEqualTo("late");
        assertThat(sd.connection()).isEqualTo(Connection.of("10.0.0.1"));
        assertThat(sd.media().getFirst().ptime()).isEqualTo(OptionalInt.of(20));
    }

    @Test
    void suppliesSessionNameAndTimingWhenAPhoneLeavesThemOut() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\nc=IN IP4 10.0.0.1\r\n"
            + "m=audio 4000 RTP/AVP 8\r\n");
        assertThat(sd.sessionName()).isEqualTo("-");
        assertThat(sd.timings()).containsExactly(Timing.UNBOUNDED);
    }

    @Test
    void acceptsDoubledSpacesDecimalPtimeAndPortCount() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=-  1  2 IN  IP4 10.0.0.1\r\nc=IN IP4 10.0.0.1\r\n"
            + "t=0 0\r\nm=audio 4000/2 RTP/AVP 0\r\na=ptime:20.5\r\na=maxptime:40\r\n");
        assertThat(sd.origin().sessionVersion()).isEqualTo(2);
        assertThat(sd.media().getFirst().portCount()).isEqualTo(2);
        assertThat(sd.media().getFirst().ptime()).isEqualTo(OptionalInt.of(21));
        assertThat(sd.media().getFirst().maxptime()).isEqualTo(OptionalInt.of(40));
    }

    @Test
    void readsNonRtpStreamsWithoutPayloadTypes() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
            + "m=image 4002 udptl t38\r\na=T38FaxVersion:0\r\n");
        assertThat(sd.media().getFirst().isRtp()).isFalse();
        assertThat(sd.media().getFirst().formats()).containsExactly("t38");
        assertThat(sd.media().getFirst().payloadFormats()).isEmpty();
    }

    @Test
    void readsTheWholeUnsignedRangeOfTheOriginVersion() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 18446744073709551615 IN IP4 10.0.0.1\r\n"
            + "c=IN IP4 10.0.0.1\r\nt=0 0\r\n");
        assertThat(Long.toUnsignedString(sd.origin().sessionVersion())).isEqualTo("18446744073709551615");
        assertThat(sd.origin().encode()).contains(" 18446744073709551615 ");
    }
}
