package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameAddrTest {

    @Test
    void quotedDisplayNameIsUnquotedAndUnescaped() {
        NameAddr a = NameAddr.parse("\"Rossi, \\\"Mario\\\"\" <sip:mario@example.com>;tag=abc");

        assertThat(a.displayName()).isEqualTo("Rossi, \"Mario\"");
        assertThat(a.uri().user()).isEqualTo("mario");
        assertThat(a.tag()).isEqualTo("abc");
    }

    @Test
    void tokenDisplayNameKeepsItsInnerSpaces() {
        NameAddr a = NameAddr.parse("Mario  Rossi <sip:mario@example.com>");

        assertThat(a.displayName()).isEqualTo("Mario  Rossi");
    }

    @Test
    void bracketedUriKeepsItsParametersAndHeaderParametersFollow() {
        NameAddr a = NameAddr.parse("<sip:201@10.0.0.5:5060;transport=tcp>;expires=3600;q=0.7");

        assertThat(a.displayName()).isNull();
        assertThat(a.uri().transport()).isEqualTo("tcp");
        assertThat(a.params().get("expires")).isEqualTo("3600");
        assertThat(a.params().get("q")).isEqualTo("0.7");
    }

    @Test
    void addrSpecParametersBelongToTheHeader() {
        NameAddr a = NameAddr.parse("sip:201@10.0.0.5;tag=xyz");

        assertThat(a.uri().params().isEmpty()).isTrue();
        assertThat(a.tag()).isEqualTo("xyz");
    }

    @Test
    void quotedParameterValuesAreKeptWithTheirQuotes() {
        NameAddr a = NameAddr.parse("<sip:a@b>;+sip.instance=\"<urn:uuid:1234>\";reg-id=1");

        assertThat(a.params().get("+sip.instance")).isEqualTo("\"<urn:uuid:1234>\"");
        assertThat(a.params().get("reg-id")).isEqualTo("1");
    }

    @Test
    void wildcardContact() {
        NameAddr a = NameAddr.parse(" * ");

        assertThat(a.isWildcard()).isTrue();
        assertThat(a.uri()).isNull();
        assertThat(a).hasToString("*");
    }

    @Test
    void toStringAlwaysUsesAngleBracketsAndQuotes() {
        assertThat(NameAddr.parse("sip:201@10.0.0.5;tag=xyz")).hasToString("<sip:201@10.0.0.5>;tag=xyz");
        assertThat(NameAddr.parse("Mario <sip:m@h;lr>;tag=1")).hasToString("\"Mario\" <sip:m@h;lr>;tag=1");
        assertThat(NameAddr.of("a\"b\\c\u0007", SipUri.sip("x", "h", -1)))
            .hasToString("\"a\\\"b\\\\c\\\u0007\" <sip:x@h>");
    }

    @Test
    void toStringParsesBackToTheSameValue() {
        NameAddr a = NameAddr.parse("\"BEL:\\\u0007 NUL:\\\u0000\" <sip:u@[2001:db8::1]:5060;transport=tcp>;tag=1;x");

        assertThat(NameAddr.parse(a.toString())).isEqualTo(a);
    }

    @Test
    void withTagAddsOrReplacesTheTag() {
        assertThat(NameAddr.parse("<sip:a@b>").withTag("t1").tag()).isEqualTo("t1");
        assertThat(NameAddr.parse("<sip:a@b>;tag=old").withTag("new")).hasToString("<sip:a@b>;tag=new");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"unterminated <sip:a@b>", "<sip:a@b", "Bell, Alexander <sip:a@b>",
        "sip:a@b?x=y", "sip:a@b,sip:c@d", "< sip:a@b >", "<sip:a@b>;", "<sip:a@b>;=x", "<sip:a@b>;t=",
        "<sip:a@b> junk", "* ;x", "\"x\" sip:a@b", "<isbn:123>"})
    void malformedAddressesAreRejected(String text) {
        assertThatThrownBy(() -> NameAddr.parse(text)).isInstanceOf(SipParseException.class);
    }
}
