package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SipUriTest {

    @Test
    void parsesEveryPartOfASipUri() {
        SipUri u = SipUri.parse("sips:alice:secret@Example.COM:5061;transport=TLS;lr?Subject=hi&Priority=urgent");

        assertThat(u.scheme()).isEqualTo("sips");
        assertThat(u.isSips()).isTrue();
        assertThat(u.user()).isEqualTo("alice");
        assertThat(u.password()).isEqualTo("secret");
        assertThat(u.host()).isEqualTo("Example.COM");
        assertThat(u.port()).isEqualTo(5061);
        assertThat(u.transport()).isEqualTo("tls");
        assertThat(u.params().has("lr")).isTrue();
        assertThat(u.headers()).isEqualTo("Subject=hi&Priority=urgent");
    }

    @Test
    void schemeIsCaseInsensitiveAndStoredLowerCase() {
        assertThat(SipUri.parse("SIP:bob@host").scheme()).isEqualTo("sip");
    }

    @Test
    void hostOnlyUriHasNoUserAndNoPort() {
        SipUri u = SipUri.parse("sip:pbx.example.com");

        assertThat(u.user()).isNull();
        assertThat(u.port()).isEqualTo(-1);
        assertThat(u.params().isEmpty()).isTrue();
        assertThat(u.headers()).isNull();
    }

    @Test
    void ipv6HostLosesItsBracketsAndGetsThemBackOnOutput() {
        SipUri u = SipUri.parse("sip:alice@[2001:db8::1]:5062;maddr=[2001:db8::2]");

        assertThat(u.host()).isEqualTo("2001:db8::1");
        assertThat(u.port()).isEqualTo(5062);
        assertThat(u.params().get("maddr")).isEqualTo("[2001:db8::2]");
        assertThat(u).hasToString("sip:alice@[2001:db8::1]:5062;maddr=[2001:db8::2]");
    }

    @Test
    void telUriHoldsTheNumberAsUser() {
        SipUri u = SipUri.parse("tel:+1-201-555-0123;phone-context=example.com");

        assertThat(u.isTel()).isTrue();
        assertThat(u.user()).isEqualTo("+1-201-555-0123");
        assertThat(u.host()).isNull();
        assertThat(u.params().get("phone-context")).isEqualTo("example.com");
        assertThat(u).hasToString("tel:+1-201-555-0123;phone-context=example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:alice@example.com", "sip:+39021234567@gw.example.net;user=phone",
        "sips:a%20b:p%40ss@host.example.com:5061;transport=tls;lr?h=v&x=%3C",
        "sip:[::ffff:192.0.2.1]", "sip:user;par=u%40example.net@example.com", "tel:*21#;isub=1"})
    void toStringGivesBackWhatWasParsed(String text) {
        assertThat(SipUri.parse(text)).hasToString(text);
    }

    @Test
    void toStringBracketsAnIpv6HostGivenWithOrWithoutBrackets() {
        assertThat(SipUri.sip("bob", "2001:db8::1", 5060)).hasToString("sip:bob@[2001:db8::1]:5060");
        assertThat(SipUri.sip("bob", "[2001:db8::1]", -1)).hasToString("sip:bob@[2001:db8::1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sip:", "sip:@host", "sip:user@", "sip:host:", "sip:host:99999", "sip:host:12ab",
        "sip:2001:db8::1", "sip:[2001:db8:::1]", "sip:[2001:db8::1", "sip:host;", "sip:host;p=", "sip:host?",
        "sip:ho st", " sip:host", "sip:host%zz", "sip:us%2@host", "http://example.com", "<sip:host>",
        "tel:", "tel:+1 234", "sip:host;a=b c", "mailto:x@y"})
    void malformedUrisAreRejected(String text) {
        assertThatThrownBy(() -> SipUri.parse(text)).isInstanceOf(SipParseException.class)
            .hasMessageStartingWith("URI: ");
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertThatThrownBy(() -> SipUri.parse("sip:alice@exa mple.com"))
            .hasMessage("URI: unexpected character at offset 13 of \"sip:alice@exa mple.com\"");
        assertThatThrownBy(() -> SipUri.parse("http://x")).hasMessageContaining("unsupported URI scheme");
    }
}
