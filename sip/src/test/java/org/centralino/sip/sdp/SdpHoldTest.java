package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hold detection: RFC 3264 §8.4 directions and the RFC 2543 null address. */
class SdpHoldTest {
    private static final String HEAD = "v=0\r\no=- 1 2 IN IP4 a\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n";

    @Test
    void aSendonlyReInviteIsAHold() {
        assertThat(SdpHold.isHold(SdpSamples.parse("hold-sendonly"))).isTrue();
        assertThat(SdpHold.isHold(SdpSamples.parse("baresip-1.0"))).isFalse();
    }

    @Test
    void theRfc2543NullAddressIsAHold() {
        SessionDescription sd = SdpSamples.parse("hold-rfc2543");
        assertThat(SdpHold.isHold(sd)).isTrue();
        assertThat(SdpHold.effectiveDirection(sd, 0)).isEqualTo(Direction.SENDONLY);
        assertThat(sd.directionOf(0)).isEqualTo(Direction.SENDRECV);
    }

    @Test
    void inactiveIsAHoldRecvonlyIsNot() {
        assertThat(SdpHold.isHold(SdpSamples.parseText(HEAD + "m=audio 4000 RTP/AVP 0\r\na=inactive\r\n"))).isTrue();
        assertThat(SdpHold.isHold(SdpSamples.parseText(HEAD + "m=audio 4000 RTP/AVP 0\r\na=recvonly\r\n"))).isFalse();
    }

    @Test
    void aSessionLevelSendonlyHoldsEveryStreamThatDoesNotOverrideIt() {
        assertThat(SdpHold.isHold(SdpSamples.parseText(HEAD + "a=sendonly\r\nm=audio 4000 RTP/AVP 0\r\n"))).isTrue();
        String overridden = HEAD + "a=sendonly\r\nm=audio 4000 RTP/AVP 0\r\na=sendrecv\r\n";
        assertThat(SdpHold.isHold(SdpSamples.parseText(overridden))).isFalse();
    }

    @Test
    void aMediaLevelNullAddressHoldsThatStreamOnly() {
        SessionDescription sd = SdpSamples.parseText(HEAD + "m=audio 4000 RTP/AVP 0\r\nc=IN IP4 0.0.0.0\r\n"
            + "m=audio 4002 RTP/AVP 0\r\n");
        assertThat(SdpHold.isHeld(sd, 0)).isTrue();
        assertThat(SdpHold.isHeld(sd, 1)).isFalse();
        assertThat(SdpHold.isHold(sd)).isFalse();
    }

    @Test
    void rejectedStreamsAreNeitherHeldNorCounted() {
        assertThat(SdpHold.isHold(SdpSamples.parseText(HEAD + "m=audio 0 RTP/AVP 0\r\na=sendonly\r\n"))).isFalse();
        assertThat(SdpHold.isHold(SdpSamples.parseText(HEAD + "m=audio 4000 RTP/AVP 0\r\na=sendonly\r\n"
            + "m=video 0 RTP/AVP 96\r\n"))).isTrue();
    }

    @Test
    void theIpv6UnspecifiedAddressIsANullAddressToo() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP6 ::1\r\nc=IN IP6 ::\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0\r\n");
        assertThat(SdpHold.isHold(sd)).isTrue();
    }
}
