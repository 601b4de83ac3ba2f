package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViaTest {

    @Test
    void parsesProtocolHostPortAndParameters() {
        Via v = Via.parse("SIP/2.0/udp 192.0.2.1:5070;branch=z9hG4bK776;rport;received=198.51.100.7");

        assertThat(v.protocol()).isEqualTo("UDP");
        assertThat(v.host()).isEqualTo("192.0.2.1");
        assertThat(v.port()).isEqualTo(5070);
        assertThat(v.branch()).isEqualTo("z9hG4bK776");
        assertThat(v.hasRport()).isTrue();
        assertThat(v.rport()).isEqualTo(-1);
        assertThat(v.received()).isEqualTo("198.51.100.7");
    }

    @Test
    void whitespaceIsAllowedAroundSlashesColonSemicolonsAndEquals() {
        Via v = Via.parse("  SIP / 2.0 / TCP   host.example.com : 5060 ; branch = z9hG4bK1 ; rport = 5080 ");

        assertThat(v.protocol()).isEqualTo("TCP");
        assertThat(v.host()).isEqualTo("host.example.com");
        assertThat(v.port()).isEqualTo(5060);
        assertThat(v.branch()).isEqualTo("z9hG4bK1");
        assertThat(v.rport()).isEqualTo(5080);
    }

    @Test
    void ipv6SentByIsHeldWithoutBrackets() {
        Via v = Via.parse("SIP/2.0/WSS [2001:db8::9:1]:443;branch=z9hG4bKx");

        assertThat(v.protocol()).isEqualTo("WSS");
        assertThat(v.host()).isEqualTo("2001:db8::9:1");
        assertThat(v).hasToString("SIP/2.0/WSS [2001:db8::9:1]:443;branch=z9hG4bKx");
    }

    @Test
    void toStringParsesBackToTheSameVia() {
        Via v = Via.parse("SIP/2.0/TLS h.example.com;branch=z9hG4bK9;alias;received=[2001:db8::7]");

        assertThat(Via.parse(v.toString())).isEqualTo(v);
        assertThat(v.withParam("rport", "5061").rport()).isEqualTo(5061);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SIP/2.0/UDP", "SIP/2.0/UDP ", "SIP/3.0/UDP h", "XMPP/2.0/UDP h", "SIP/2.0 h",
        "SIP/2.0/UDP h:", "SIP/2.0/UDP h:70000", "SIP/2.0/UDP h;", "SIP/2.0/UDP h;;branch=1",
        "SIP/2.0/UDP h;branch=", "SIP/2.0/UDP h;rport=x", "SIP/2.0/UDP h;rport=99999", "SIP/2.0/UDP [::1",
        "SIP/2.0/UDP h junk", "SIP/2.0/UDP 2001:db8::1"})
    void malformedViasAreRejected(String text) {
        assertThatThrownBy(() -> Via.parse(text)).isInstanceOf(SipParseException.class)
            .hasMessageStartingWith("Via: ");
    }
}
