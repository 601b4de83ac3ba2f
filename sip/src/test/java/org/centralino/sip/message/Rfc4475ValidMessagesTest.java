package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.message.TortureMessages.rfc4475;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4475 §3.1.1: the valid torture messages parse, and parse to the right values. */
class Rfc4475ValidMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq",
        "semiuri", "transports", "mpart01", "unreason", "noreason"})
    void everyValidMessageParsesWithItsTypedHeaders(String name) {
        SipMessage m = SipParser.parse(rfc4475(name));

        assertThat(m.cseq()).isNotNull();
        assertThat(m.vias()).isNotEmpty();
        assertThat(m.from().uri()).isNotNull();
        assertThat(m.to().uri()).isNotNull();
        assertThat(m.contacts()).allSatisfy(c -> assertThat(c.uri()).isNotNull());
    }

    @Test
    void wsinvUnfoldsLinesAndToleratesWhitespaceEverywhere() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("wsinv"));

        assertThat(r.method()).isEqualTo("INVITE");
        assertThat(r.requestUri().params().has("unknownparam")).isTrue();
        assertThat(r.to().uri().user()).isEqualTo("vivekg");
        assertThat(r.to().tag()).isEqualTo("1918181833n");
        assertThat(r.from().displayName()).isEqualTo("J Rosenberg \\\"");
        assertThat(r.from().tag()).isEqualTo("98asjd8");
        assertThat(r.headers().firstOrNull(HeaderNames.MAX_FORWARDS)).isEqualTo("0068");
        assertThat(r.cseq()).isEqualTo(new CSeq(9, "INVITE"));
        assertThat(r.headers().firstOrNull("Subject")).isEmpty();
        assertThat(r.headers().firstOrNull("NewFangledHeader"))
            .isEqualTo("newfangled value continued newfangled value");
        assertThat(r.headers().firstOrNull("UnknownHeaderWithUnusualValue")).isEqualTo(";;,,;;,;");
        assertThat(r.body()).hasSize(150);
    }

    @Test
    void wsinvMixesLongAndCompactViaFormsInOrder() {
        List<Via> vias = SipParser.parse(rfc4475("wsinv")).vias();

        assertThat(vias).extracting(Via::protocol).containsExactly("UDP", "TCP", "UDP");
        assertThat(vias).extracting(Via::host)
            .containsExactly("192.0.2.2", "spindle.example.com", "192.168.255.111");
        assertThat(vias).extracting(Via::branch).containsExactly("390skdjuw", "z9hG4bK9ikj8", "z9hG4bK30239");
    }

    @Test
    void wsinvContactKeepsQuotedDisplayNameAndSpacedParameters() {
        NameAddr contact = SipParser.parse(rfc4475("wsinv")).contacts().getFirst();

        assertThat(contact.displayName()).isEqualTo("Quoted string \"\"");
        assertThat(contact.params().get("newparam")).isEqualTo("newvalue");
        assertThat(contact.params().has("secondparam")).isTrue();
        assertThat(contact.params().get("secondparam")).isNull();
        assertThat(contact.params().get("q")).isEqualTo("0.33");
    }

    @Test
    void intmethAcceptsEveryTokenCharacterAndNonAsciiValues() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("intmeth"));
        String method = "!interesting-Method0123456789_*+`.%indeed'~";

        assertThat(r.method()).isEqualTo(method);
        assertThat(r.cseq()).isEqualTo(new CSeq(139122385, method));
        assertThat(r.requestUri().user()).isEqualTo("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
        assertThat(r.requestUri().password()).isEqualTo("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
        assertThat(r.requestUri().host()).isEqualTo("example.com");
        assertThat(r.topVia().branch()).isEqualTo("z9hG4bK-.!%66*_+`'~");
        assertThat(r.to().displayName()).isEqualTo("BEL:\u0007 NUL:\u0000 DEL:\u007f");
        assertThat(r.from().displayName()).isEqualTo("token1~` token2'+_ token3*%!.-");
        assertThat(r.from().params().get("fromParam''~+*_!.-%")).isEqualTo("\"работающий\"");
        assertThat(r.from().tag()).isEqualTo("_token~1'+`*%!-.");
        assertThat(r.callId()).isEqualTo("intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
        assertThat(r.headers().firstOrNull("extensionHeader-!.%*+_`'~")).isEqualTo("\uFEFF大停電");
    }

    @Test
    void esc01KeepsEscapesAsWritten() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("esc01"));

        assertThat(r.requestUri().user()).isEqualTo("sips%3Auser%40example.com");
        assertThat(r.requestUri().host()).isEqualTo("example.net");
        assertThat(r.to().uri().user()).isEqualTo("%75se%72");
        assertThat(r.from().uri().user()).isEqualTo("I%20have%20spaces");
        SipUri contact = r.contacts().getFirst().uri();
        assertThat(contact.user()).isEqualTo("cal%6Cer");
        assertThat(contact.params().has("%6C%72")).isTrue();
        assertThat(contact.params().get("n%61me")).isEqualTo("v%61lue%25%34%31");
    }

    @Test
    void escnullKeepsEscapedNullsSoTwoContactsStayDistinct() {
        SipMessage m = SipParser.parse(rfc4475("escnull"));

        assertThat(m.to().uri().user()).isEqualTo("null-%00-null");
        assertThat(m.contacts()).extracting(c -> c.uri().user()).containsExactly("%00", "%00%00");
    }

    @Test
    void esc02TreatsPercentLiterallyOutsideUris() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("esc02"));

        assertThat(r.method()).isEqualTo("RE%47IST%45R").isNotEqualTo("REGISTER");
        assertThat(r.to().displayName()).isEqualTo("%Z%45");
        assertThat(r.topVia().branch()).isEqualTo("z9hG4bK209%fzsnel234");
        assertThat(r.contacts()).extracting(c -> c.uri().user()).containsExactly("alias1", "alias3");
        assertThat(r.headers().firstOrNull("C%6Fntact")).isEqualTo("<sip:alias2@host2.example.com>");
    }

    @Test
    void lwsdispAcceptsNoSpaceBetweenDisplayNameAndBracket() {
        assertThat(SipParser.parse(rfc4475("lwsdisp")).from().displayName()).isEqualTo("caller");
    }

    @Test
    void longreqHandlesLongValuesAndThirtyFourVias() {
        SipMessage m = SipParser.parse(rfc4475("longreq"));

        assertThat(m.to().uri().port()).isEqualTo(6000);
        assertThat(m.to().uri().params().list()).hasSize(3);
        assertThat(m.from().tag()).hasSize(155).startsWith("12982").endsWith("424");
        assertThat(m.vias()).hasSize(34);
        assertThat(m.vias().getLast().received()).isEqualTo("192.0.2.5");
        assertThat(m.topVia().host()).isEqualTo("sip33.example.com");
    }

    @Test
    void dblreqIgnoresTheBytesAfterContentLengthInADatagram() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("dblreq"));

        assertThat(r.method()).isEqualTo("REGISTER");
        assertThat(r.body()).isEmpty();
        assertThat(r.callId()).isEqualTo("dblreq.0ha0isndaksdj99sdfafnl3lk233412");
    }

    @Test
    void semiuriKeepsTheSemicolonInTheUserPart() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("semiuri"));

        assertThat(r.requestUri().user()).isEqualTo("user;par=u%40example.net");
        assertThat(r.requestUri().host()).isEqualTo("example.com");
        assertThat(r.requestUri().params().isEmpty()).isTrue();
        assertThat(r.headers().elements("Accept")).hasSize(6);
    }

    @Test
    void transportsAcceptsUnknownTransportTokens() {
        assertThat(SipParser.parse(rfc4475("transports")).vias()).extracting(Via::protocol)
            .containsExactly("UDP", "SCTP", "TLS", "UNKNOWN", "TCP");
    }

    @Test
    void mpart01FramesABinaryBodyWithNulsAndBareCrs() {
        SipMessage m = SipParser.parse(rfc4475("mpart01"));

        assertThat(m.body()).hasSize(553).contains((byte) 0, (byte) '\r');
        assertThat(new String(m.body(), StandardCharsets.ISO_8859_1)).endsWith("--7a9cbec02ceef655--\r\n");
        assertThat(m.topVia().port()).isEqualTo(5070);
        assertThat(m.topVia().hasRport()).isTrue();
        assertThat(m.topVia().rport()).isEqualTo(-1);
    }

    @Test
    void unreasonKeepsAUtf8ReasonPhrase() {
        SipResponse r = (SipResponse) SipParser.parse(rfc4475("unreason"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reason()).isEqualTo("= 2**3 * 5**2 но сто девяносто девять - простое");
    }

    @Test
    void noreasonHasAnEmptyReasonPhrase() {
        SipResponse r = (SipResponse) SipParser.parse(rfc4475("noreason"));

        assertThat(r.status()).isEqualTo(100);
        assertThat(r.reason()).isEmpty();
    }
}
