package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Anchoring media on the PBX: addresses and ports become ours, everything else passes unchanged. */
class SdpRelayTest {
    private static final String PBX = "203.0.113.1";
    private static final Origin OURS = Origin.of("centralino", "424242", 1, PBX);
    private static final IntUnaryOperator PORTS = i -> 20_000 + 2 * i;

    @Test
    void rewritesOriginConnectionAndPortOfBaresipOfferAndNothingElse() {
        SessionDescription offer = SdpSamples.parse("baresip-1.0");
        SessionDescription relayed = SdpRelay.rewriteForRelay(offer, OURS, PBX, PORTS);

        assertThat(relayed.origin()).isEqualTo(OURS);
        assertThat(relayed.connection()).isEqualTo(Connection.of(PBX));
        assertThat(relayed.media().getFirst().port()).isEqualTo(20_000);
        assertThat(relayed.media().getFirst().attributes()).isEqualTo(offer.media().getFirst().attributes());
        assertThat(changedLines(offer, relayed)).containsExactly(
            "o=centralino 424242 1 IN IP4 203.0.113.1", "c=IN IP4 203.0.113.1", "m=audio 20000 RTP/AVP 0 8 101");
    }

    @Test
    void dropsIceAndRtcpButKeepsEveryOtherAttributeInOrder() {
        SessionDescription offer = SdpSamples.parse("linphone-offer");
        SessionDescription relayed = SdpRelay.rewriteForRelay(offer, OURS, PBX, PORTS);

        assertThat(relayed.attributes().list()).extracting(Attribute::name).containsExactly("rtcp-xr", "record");
        assertThat(relayed.media().getFirst().attributes().list()).extracting(Attribute::encode).containsExactly(
            "rtpmap:96 opus/48000/2", "fmtp:96 useinbandfec=1", "rtpmap:97 speex/16000", "fmtp:97 vbr=on",
            "rtpmap:98 speex/8000", "fmtp:98 vbr=on", "fmtp:18 annexb=yes", "rtpmap:101 telephone-event/48000",
            "rtpmap:99 telephone-event/16000", "rtpmap:100 telephone-event/8000", "rtcp-fb:* trr-int 1000",
            "rtcp-fb:* ccm tmmbr");
        assertThat(relayed.media().get(1).port()).isEqualTo(20_002);
        assertThat(relayed.media().get(1).rtcp()).isEmpty();
        assertThat(relayed.media().get(1).attributes().all("rtcp-fb")).hasSize(3);
    }

    @Test
    void keepsCryptoRtcpMuxAndUnknownAttributes() {
        SessionDescription srtp = SdpRelay.rewriteForRelay(SdpSamples.parse("baresip-1.0-srtp"), OURS, PBX, PORTS);
        assertThat(srtp.media().getFirst().protocol()).isEqualTo("RTP/SAVP");
        assertThat(srtp.media().getFirst().attributes().has("crypto")).isTrue();
        SessionDescription mux = SdpRelay.rewriteForRelay(SdpSamples.parse("baresip-1.0-rtcp-mux"), OURS, PBX, PORTS);
        assertThat(mux.media().getFirst().rtcpMux()).isTrue();
    }

    @Test
    void leavesARejectedStreamAtPortZeroWithoutAskingForAPort() {
        List<Integer> asked = new ArrayList<>();
        SessionDescription relayed = SdpRelay.rewriteForRelay(SdpSamples.parse("rejected-video"), OURS, PBX, i -> {
            asked.add(i);
            return 30_000;
        });
        assertThat(asked).containsExactly(0);
        assertThat(relayed.media()).extracting(MediaDescription::port).containsExactly(30_000, 0);
    }

    @Test
    void aPortOfZeroFromTheRelayDisablesTheStream() {
        SessionDescription relayed = SdpRelay.rewriteForRelay(SdpSamples.parse("linphone-offer"), OURS, PBX,
            i -> i == 0 ? 20_000 : 0);
        assertThat(relayed.media()).extracting(MediaDescription::port).containsExactly(20_000, 0);
    }

    @Test
    void rewritesMediaLevelConnectionsWithoutAddingASessionOne() {
        SessionDescription relayed = SdpRelay.rewriteForRelay(SdpSamples.parse("media-level-c-only"), OURS, PBX,
            PORTS);
        assertThat(relayed.connection()).isNull();
        assertThat(relayed.media()).extracting(MediaDescription::connection)
            .containsExactly(Connection.of(PBX), Connection.of(PBX));
        assertThat(relayed.directionOf(1)).isEqualTo(Direction.RECVONLY);
    }

    @Test
    void writesAnIpv6RelayAddressAsIp6() {
        SessionDescription relayed = SdpRelay.rewriteForRelay(SdpSamples.parse("baresip-1.0"),
            Origin.of("centralino", "1", 1, "2001:db8::1"), "2001:db8::1", PORTS);
        assertThat(SdpSerializer.serialize(relayed)).contains("o=centralino 1 1 IN IP6 2001:db8::1\r\n",
            "c=IN IP6 2001:db8::1\r\n");
    }

    @Test
    void dropsRtcpThatPointsAtThePhone() {
        SessionDescription relayed = SdpRelay.rewriteForRelay(SdpSamples.parse("ipv6-offer"), OURS, PBX, PORTS);
        assertThat(SdpSerializer.serialize(relayed)).doesNotContain("2001:db8::2").doesNotContain("a=rtcp:");
    }

    @Test
    void keepsSendonlyHold() {
        SessionDescription relayed = SdpRelay.rewriteForRelay(SdpSamples.parse("hold-sendonly"), OURS, PBX, PORTS);
        assertThat(relayed.directionOf(0)).isEqualTo(Direction.SENDONLY);
        assertThat(SdpHold.isHold(relayed)).isTrue();
    }

    @Test
    void turnsRfc2543HoldIntoSendonlySinceTheNullAddressIsReplaced() {
        SessionDescription offer = SdpSamples.parse("hold-rfc2543");
        SessionDescription relayed = SdpRelay.rewriteForRelay(offer, OURS, PBX, PORTS);
        assertThat(relayed.connection()).isEqualTo(Connection.of(PBX));
        assertThat(relayed.media().getFirst().direction()).contains(Direction.SENDONLY);
        assertThat(SdpHold.isHold(relayed)).isTrue();
    }

    @Test
    void restrictsAnOfferToTheAgreedFormats() {
        SessionDescription offer = SdpSamples.parse("linphone-offer");
        Negotiation.Agreed agreed = (Negotiation.Agreed) CodecNegotiation.negotiate(offer, Codec.G711_AND_DTMF);
        SessionDescription restricted = SdpRelay.restrictTo(offer, agreed);

        MediaDescription audio = restricted.media().getFirst();
        assertThat(audio.formats()).containsExactly("0", "8", "100");
        assertThat(audio.attributes().list()).extracting(Attribute::encode).containsExactly(
            "rtpmap:100 telephone-event/8000", "rtcp:7079",
            "candidate:1 1 UDP 2130706431 192.168.1.20 7078 typ host",
            "candidate:1 2 UDP 2130706430 192.168.1.20 7079 typ host",
            "candidate:2 1 UDP 1694498815 203.0.113.7 41822 typ srflx raddr 192.168.1.20 rport 7078",
            "rtcp-fb:* trr-int 1000", "rtcp-fb:* ccm tmmbr");
        assertThat(restricted.media().get(1).port()).isZero();
        assertThat(SdpSamples.parseText(SdpSerializer.serialize(restricted))).isEqualTo(restricted);
    }

    @Test
    void stampsTheOriginVersionOnlyWhenTheDescriptionChanged() {
        SessionDescription offer = SdpSamples.parse("baresip-1.0");
        SessionDescription first = SdpRelay.rewriteForRelay(offer, OURS, PBX, PORTS);
        SessionDescription same = SdpRelay.rewriteForRelay(offer, OURS.withVersion(99), PBX, PORTS);
        SessionDescription hold = SdpRelay.rewriteForRelay(SdpSamples.parse("hold-sendonly"), OURS, PBX, PORTS);

        assertThat(OriginVersions.stamp(first, same).origin()).isEqualTo(OURS);
        assertThat(OriginVersions.stamp(first, hold).origin()).isEqualTo(OURS.next());
        assertThat(OriginVersions.stamp(null, hold)).isSameAs(hold);
        assertThat(OURS.next().sessionVersion()).isEqualTo(2);
    }

    /** The lines of {@code after} that differ from the line at the same place in {@code before}. */
    private static List<String> changedLines(SessionDescription before, SessionDescription after) {
        String[] old = SdpSerializer.serialize(before).split("\r\n");
        String[] now = SdpSerializer.serialize(after).split("\r\n");
        assertThat(now).hasSameSizeAs(old);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < now.length; i++) {
            if (!now[i].equals(old[i])) {
                changed.add(now[i]);
            }
        }
        return changed;
    }
}
