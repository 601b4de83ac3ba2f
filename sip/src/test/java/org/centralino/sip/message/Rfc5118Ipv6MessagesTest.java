package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.sip.message.TortureMessages.rfc5118;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 5118: IPv6 in SIP URIs, Via and SDP. IPv6 hosts are held without brackets. */
class Rfc5118Ipv6MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ipv6-good", "port-ambiguous", "port-unambiguous", "via-received-param-with-delim",
        "via-received-param-no-delim", "mult-ip-in-header", "mult-ip-in-sdp", "ipv4-mapped-ipv6",
        "ipv6-correct-abnf-2-colons"})
    void validIpv6MessageParsesWithItsTypedHeaders(String name) {
        SipMessage m = SipParser.parse(rfc5118(name));

        assertThat(m.vias()).isNotEmpty();
        assertThat(m.to().uri()).isNotNull();
        assertThat(m.contacts()).allSatisfy(c -> assertThat(c.uri()).isNotNull());
    }

    @Test
    void ipv6GoodHasBracketedReferencesEverywhere() {
        SipRequest r = (SipRequest) SipParser.parse(rfc5118("ipv6-good"));

        assertThat(r.requestUri().host()).isEqualTo("2001:db8::10");
        assertThat(r.requestUri().toString()).isEqualTo("sip:[2001:db8::10]");
        assertThat(r.topVia().host()).isEqualTo("2001:db8::9:1");
        assertThat(r.contacts().getFirst().uri().host()).isEqualTo("2001:db8::1");
    }

    /** §4.2: an IPv6 address without brackets in a SIP URI is invalid; the request is answered 400. */
    @Test
    void ipv6WithoutBracketsInTheRequestUriIsRejected() {
        assertThatThrownBy(() -> SipParser.parse(rfc5118("ipv6-bad")))
            .isInstanceOfSatisfying(SipMalformedRequestException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400));
    }

    /** §4.3: ":5070" inside the brackets is part of the address, not a port. */
    @Test
    void portInsideTheBracketsIsPartOfTheAddress() {
        SipUri uri = ((SipRequest) SipParser.parse(rfc5118("port-ambiguous"))).requestUri();

        assertThat(uri.host()).isEqualTo("2001:db8::10:5070");
        assertThat(uri.port()).isEqualTo(-1);
    }

    @Test
    void portAfterTheBracketsIsThePort() {
        SipUri uri = ((SipRequest) SipParser.parse(rfc5118("port-unambiguous"))).requestUri();

        assertThat(uri.host()).isEqualTo("2001:db8::10");
        assertThat(uri.port()).isEqualTo(5070);
    }

    /** §4.5: received with and without brackets are both accepted; the value is kept as written. */
    @Test
    void receivedParameterIsAcceptedWithAndWithoutBrackets() {
        assertThat(SipParser.parse(rfc5118("via-received-param-with-delim")).topVia().received())
            .isEqualTo("[2001:db8::9:255]");
        assertThat(SipParser.parse(rfc5118("via-received-param-no-delim")).topVia().received())
            .isEqualTo("2001:db8::9:255");
    }

    @Test
    void multipleAddressFamiliesInViasAreKeptApart() {
        SipMessage m = SipParser.parse(rfc5118("mult-ip-in-header"));

        assertThat(m.vias()).extracting(Via::host).containsExactly("2001:db8::9:1", "192.0.2.1", "2001:db8::9:255");
        assertThat(m.topVia().port()).isEqualTo(6050);
        assertThat(m.vias().get(2).received()).isEqualTo("192.0.2.200");
    }

    @Test
    void ipv4MappedAddressesParse() {
        SipMessage m = SipParser.parse(rfc5118("ipv4-mapped-ipv6"));

        assertThat(m.topVia().host()).isEqualTo("::ffff:192.0.2.10");
        assertThat(m.topVia().port()).isEqualTo(19823);
        assertThat(m.contacts().getFirst().uri().host()).isEqualTo("::ffff:192.0.2.2");
        assertThat(m.body()).hasSize(236);
    }

    /** §4.10: RFC 3261's ABNF admits ":::"; RFC 4291 does not, and neither do we. */
    @Test
    void threeColonsInAnIpv6ReferenceAreRejected() {
        assertThatThrownBy(() -> SipParser.parse(rfc5118("ipv6-bug-abnf-3-colons")))
            .isInstanceOf(SipMalformedRequestException.class);
        assertThat(((SipRequest) SipParser.parse(rfc5118("ipv6-correct-abnf-2-colons"))).requestUri().host())
            .isEqualTo("2001:db8::192.0.2.1");
    }

    /**
     * §4.6 as printed declares Content-Length 268 for a 251-byte body. Over UDP that is a short body, which we
     * answer 400 (RFC 3261 §18.3); with the length corrected the message parses and its SDP is intact.
     */
    @Test
    void ipv6InSdpIsRejectedAsPrintedAndParsesWithItsLengthCorrected() {
        byte[] printed = rfc5118("ipv6-in-sdp");
        assertThatThrownBy(() -> SipParser.parse(printed)).isInstanceOf(SipMalformedRequestException.class)
            .hasMessageContaining("268 declared, 251 received");

        String corrected = new String(printed, StandardCharsets.UTF_8).replace("Content-Length: 268",
            "Content-Length: 251");
        SipMessage m = SipParser.parse(corrected.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(m.body(), StandardCharsets.UTF_8)).contains("c=IN IP6 2001:db8::20\r\n");
    }
}
