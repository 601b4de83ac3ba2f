package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.sip.message.TortureMessages.rfc4475;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 4475 §3.1.2 (invalid messages) and §3.2-3.4 (messages for the layers above the parser), with the
 * behaviour we chose for each.
 *
 * <p>The parser rejects what breaks framing or what every layer reads at once: start line, Content-Length,
 * presence and uniqueness of Via/From/To/Call-ID/CSeq, CSeq against the method, the top Via. The other
 * typed headers (From, To, Contact as values) are parsed lazily, so a bad one is accepted by the parser and
 * rejected, with a {@link SipParseException}, by the first layer that reads it; the transaction layer turns
 * that into 400. Headers that the parser does not interpret (Date, Expires, Retry-After, Warning) are
 * accepted as text.
 */
class Rfc4475InvalidMessagesTest {

    /** Requests the parser rejects, with the status the transport answers with (RFC 4475 names). */
    @ParameterizedTest(name = "{0} is answered {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        badinv01   | 400 | Via: expected a token
        clerr      | 400 | body shorter than Content-Length: 9999 declared, 154 received
        ncl        | 400 | Content-Length is not a non-negative integer
        scalar02   | 400 | CSeq: sequence number is not below 2**31
        ltgtruri   | 400 | Request-URI has no scheme
        lwsruri    | 400 | request line elements must be separated by exactly one SP
        lwsstart   | 400 | request line elements must be separated by exactly one SP
        trws       | 400 | request line elements must be separated by exactly one SP
        escruri    | 400 | Request-URI must not carry headers
        badvers    | 505 | SIP version 7.0 is not supported
        mismatch01 | 400 | CSeq method INVITE does not match request method
        mismatch02 | 400 | CSeq method INVITE does not match request method
        insuf      | 400 | missing From
        unkscm     | 416 | unsupported Request-URI scheme
        novelsc    | 416 | unsupported Request-URI scheme
        multi01    | 400 | From, To, Call-ID, CSeq and Max-Forwards may appear only once
        mcl01      | 400 | conflicting Content-Length values
        """)
    void malformedRequestIsRejectedWithTheStatusToAnswer(String name, int status, String reason) {
        assertThatThrownBy(() -> SipParser.parse(rfc4475(name)))
            .isInstanceOfSatisfying(SipMalformedRequestException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.getMessage()).contains(reason);
                assertThat(e.partialHeaders().contains(HeaderNames.CSEQ)).isTrue();
            });
    }

    @Test
    void malformedRequestCarriesEverythingNeededForThe400() {
        var e = (SipMalformedRequestException) catchParse(rfc4475("clerr"));

        Headers h = e.partialHeaders();
        assertThat(h.firstOrNull(HeaderNames.VIA))
            .isEqualTo("SIP/2.0/UDP host5.example.com;branch=z9hG4bK-39234-23523");
        assertThat(h.firstOrNull(HeaderNames.FROM)).isEqualTo("sip:caller@example.net;tag=93942939o2");
        assertThat(h.firstOrNull(HeaderNames.TO)).isEqualTo("sip:j.user@example.com");
        assertThat(h.firstOrNull(HeaderNames.CALL_ID)).isEqualTo("clerr.0ha0isndaksdjweiafasdk3");
        assertThat(h.firstOrNull(HeaderNames.CSEQ)).isEqualTo("8 INVITE");
        assertThat(e.reasonPhrase()).startsWith("Bad Request - body shorter than Content-Length");
    }

    @Test
    void badStartLineStillYieldsTheHeadersForTheAnswer() {
        var e = (SipMalformedRequestException) catchParse(rfc4475("ltgtruri"));

        assertThat(e.partialHeaders().firstOrNull(HeaderNames.CALL_ID)).isEqualTo("ltgtruri.1@192.0.2.5");
        assertThat(e.partialHeaders().size()).isEqualTo(9);
    }

    @Test
    void versionAndSchemeErrorsGetTheirStandardReasonPhrases() {
        assertThat(((SipMalformedRequestException) catchParse(rfc4475("badvers"))).reasonPhrase())
            .isEqualTo("Version Not Supported");
        assertThat(((SipMalformedRequestException) catchParse(rfc4475("unkscm"))).reasonPhrase())
            .isEqualTo("Unsupported URI Scheme");
    }

    /** Responses cannot be answered: the parser rejects them and the transport drops them. */
    @ParameterizedTest
    @ValueSource(strings = {"scalarlg", "bigcode"})
    void malformedResponseIsRejectedForDropping(String name) {
        assertThatThrownBy(() -> SipParser.parse(rfc4475(name)))
            .isExactlyInstanceOf(SipParseException.class);
    }

    /** §3.1.2.6 quotbal, §3.1.2.14 badaspec: the parser accepts; reading To reports the error. */
    @ParameterizedTest
    @ValueSource(strings = {"quotbal", "badaspec"})
    void badToIsAcceptedByTheParserAndRejectedWhenRead(String name) {
        SipMessage m = SipParser.parse(rfc4475(name));

        assertThatThrownBy(m::to).isInstanceOf(SipParseException.class);
    }

    @Test
    void baddnUnquotedDisplayNamesWithCommasAreRejectedWhenRead() {
        SipMessage m = SipParser.parse(rfc4475("baddn"));

        assertThatThrownBy(m::from).isInstanceOf(SipParseException.class);
        assertThatThrownBy(m::to).isInstanceOf(SipParseException.class);
    }

    @Test
    void regbadctBareContactUriWithHeadersIsRejectedWhenRead() {
        SipMessage m = SipParser.parse(rfc4475("regbadct"));

        assertThatThrownBy(m::contacts).isInstanceOf(SipParseException.class)
            .hasMessageContaining("must be enclosed in <>");
    }

    @Test
    void baddateNonGmtDateIsNotTheParsersBusiness() {
        assertThat(SipParser.parse(rfc4475("baddate")).headers().firstOrNull(HeaderNames.DATE))
            .isEqualTo("Fri, 01 Jan 2010 16:00:00 EST");
    }

    /** §3.2 and §3.3: syntactically valid messages that the layers above judge. */
    @ParameterizedTest
    @ValueSource(strings = {"badbranch", "bext01", "invut", "regaut01", "bcast", "zeromf", "cparam01",
        "cparam02", "regescrt", "sdp01", "unksm2", "baddate", "quotbal", "badaspec", "baddn", "regbadct"})
    void messageForTheUpperLayersParses(String name) {
        assertThat(SipParser.parse(rfc4475(name)).cseq()).isNotNull();
    }

    @Test
    void badbranchKeepsTheBareMagicCookie() {
        assertThat(SipParser.parse(rfc4475("badbranch")).topVia().branch()).isEqualTo(Via.MAGIC_COOKIE);
    }

    @Test
    void unksm2UnknownSchemesInToFromContactAreRejectedWhenRead() {
        SipMessage m = SipParser.parse(rfc4475("unksm2"));

        assertThatThrownBy(m::to).hasMessageContaining("unsupported URI scheme");
        assertThatThrownBy(m::from).hasMessageContaining("unsupported URI scheme");
        assertThatThrownBy(m::contacts).hasMessageContaining("unsupported URI scheme");
    }

    @Test
    void cparamParametersAfterABareUriBelongToTheContactNotTheUri() {
        NameAddr bare = SipParser.parse(rfc4475("cparam01")).contacts().getFirst();
        NameAddr bracketed = SipParser.parse(rfc4475("cparam02")).contacts().getFirst();

        assertThat(bare.uri().params().isEmpty()).isTrue();
        assertThat(bare.params().has("unknownparam")).isTrue();
        assertThat(bracketed.uri().params().has("unknownparam")).isTrue();
        assertThat(bracketed.params().isEmpty()).isTrue();
    }

    @Test
    void regescrtKeepsHeadersOfABracketedContactUri() {
        SipUri contact = SipParser.parse(rfc4475("regescrt")).contacts().getFirst().uri();

        assertThat(contact.headers()).isEqualTo("Route=%3Csip:sip.example.com%3E");
    }

    @Test
    void zeromfMaxForwardsZeroIsForTheProxyToAnswer() {
        assertThat(SipParser.parse(rfc4475("zeromf")).headers().firstOrNull(HeaderNames.MAX_FORWARDS))
            .isEqualTo("0");
    }

    /** §3.4.1: an RFC 2543 INVITE over UDP, without Max-Forwards, branch or Content-Length. */
    @Test
    void inv2543WithoutContentLengthTakesTheRestOfTheDatagramAsBody() {
        SipRequest r = (SipRequest) SipParser.parse(rfc4475("inv2543"));

        assertThat(r.headers().contains(HeaderNames.MAX_FORWARDS)).isFalse();
        assertThat(r.topVia().branch()).isNull();
        assertThat(r.body()).hasSize(105);
        assertThat(r.to().params().get("user")).isEqualTo("phone");
    }

    private static SipParseException catchParse(byte[] message) {
        try {
            SipParser.parse(message);
        } catch (SipParseException e) {
            return e;
        }
        throw new AssertionError("expected the message to be rejected");
    }
}
