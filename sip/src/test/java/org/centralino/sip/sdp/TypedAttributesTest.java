package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed readers of rtpmap, fmtp, rtcp, telephone-event lists and the static payload types. */
class TypedAttributesTest {

    @Test
    void readsRtpmapWithAndWithoutChannels() {
        assertThat(RtpMap.parse("0 PCMU/8000")).contains(new RtpMap(0, "PCMU", 8000, 1));
        assertThat(RtpMap.parse("96 opus/48000/2")).contains(new RtpMap(96, "opus", 48000, 2));
        assertThat(RtpMap.parse("96 opus/48000/2").orElseThrow().value()).isEqualTo("96 opus/48000/2");
        assertThat(RtpMap.parse("8 PCMA/8000/1").orElseThrow().value()).isEqualTo("8 PCMA/8000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL", "''", "101", "101 telephone-event",
        "128 x/8000", "-1 x/8000", "0 PCMU/0", "0 PCMU/8000/0", "0 PCMU/8000/1/2", "0 /8000", "0 PCMU/8000 extra",
        "x PCMU/8000", "0 PC:MU/8000"})
    void refusesMalformedRtpmap(String value) {
        assertThat(RtpMap.parse(value)).isEmpty();
    }

    @Test
    void readsFmtpAndRtcp() {
        assertThat(Fmtp.parse("101 0-15")).contains(new Fmtp("101", "0-15"));
        assertThat(Fmtp.parse("18")).contains(new Fmtp("18", ""));
        assertThat(Fmtp.parse(" 0-15")).isEmpty();
        assertThat(Rtcp.parse("53020")).contains(new Rtcp(53020, null));
        assertThat(Rtcp.parse("53020 IN IP4 126.16.64.4"))
            .contains(new Rtcp(53020, Connection.of("126.16.64.4")));
        assertThat(Rtcp.parse("53020 IN IP4")).isEmpty();
        assertThat(Rtcp.parse("65536")).isEmpty();
    }

    @Test
    void knowsStaticPayloadTypesOfRfc3551() {
        assertThat(StaticPayloadTypes.lookup(0)).contains(new RtpMap(0, "PCMU", 8000, 1));
        assertThat(StaticPayloadTypes.lookup(8)).contains(new RtpMap(8, "PCMA", 8000, 1));
        assertThat(StaticPayloadTypes.lookup(9)).contains(new RtpMap(9, "G722", 8000, 1));
        assertThat(StaticPayloadTypes.lookup(2)).isEmpty();
        assertThat(StaticPayloadTypes.lookup(101)).isEmpty();
        assertThat(StaticPayloadTypes.lookup(-1)).isEmpty();
    }

    @Test
    void anRtpmapForAStaticTypeWinsOverTheTable() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 8 0\r\na=rtpmap:8 pcma/8000\r\n");
        assertThat(sd.media().getFirst().payloadFormats()).containsExactly(new PayloadFormat(8, "pcma", 8000, 1, null),
            new PayloadFormat(0, "PCMU", 8000, 1, null));
    }

    @Test
    void leavesOutDynamicTypesWithoutRtpmap() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 a\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 97\r\n");
        assertThat(sd.media().getFirst().payloadFormats()).extracting(PayloadFormat::payloadType).containsExactly(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0-15|0-15", "0-11,16|0-11,16", "16,0-11|0-11,16", "0-15, 16|0-16",
        "5|5", "0-255|0-255", "1,2,3|1-3"})
    void readsTelephoneEventLists(String list, String encoded) {
        assertThat(TelephoneEvents.parse(list).map(TelephoneEvents::encode)).contains(encoded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL", "''", "0-", "-5", "15-0", "0-256", "a",
        "0,,1", "1-2-3"})
    void refusesMalformedTelephoneEventLists(String list) {
        assertThat(TelephoneEvents.parse(list)).isEmpty();
    }

    @Test
    void intersectsTelephoneEvents() {
        TelephoneEvents sipp = TelephoneEvents.parse("0-11,16").orElseThrow();
        assertThat(sipp.intersect(TelephoneEvents.range(0, 15)).encode()).isEqualTo("0-11");
        assertThat(TelephoneEvents.parse("32-40").orElseThrow().intersect(TelephoneEvents.DTMF).isEmpty()).isTrue();
    }

    @Test
    void setsTheDirectionInPlaceKeepingTheOrderOfTheOthers() {
        Attributes attrs = Attributes.of(Attribute.of("rtpmap", "0 PCMU/8000"), Attribute.property("sendrecv"),
            Attribute.property("x-a"), Attribute.property("sendrecv"));
        assertThat(attrs.withDirection(Direction.SENDONLY).list()).containsExactly(
            Attribute.of("rtpmap", "0 PCMU/8000"), Attribute.property("sendonly"), Attribute.property("x-a"));
        assertThat(Attributes.NONE.withDirection(Direction.INACTIVE).direction()).isEqualTo(
            Optional.of(Direction.INACTIVE));
    }

    @Test
    void findsAttributesIgnoringCase() {
        Attributes attrs = Attributes.of(Attribute.property("SendOnly"), Attribute.of("PTIME", "30"));
        assertThat(attrs.direction()).contains(Direction.SENDONLY);
        assertThat(attrs.first("ptime")).contains("30");
    }
}
