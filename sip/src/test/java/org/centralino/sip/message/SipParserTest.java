package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.sip.message.TortureMessages.crlf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser's framing, header-section and validation rules, one behaviour per test. */
class SipParserTest {
    private static final String HEAD = """
        OPTIONS sip:201@pbx.example.com SIP/2.0
        Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1
        From: <sip:200@pbx.example.com>;tag=a
        To: <sip:201@pbx.example.com>
        Call-ID: c1
        CSeq: 1 OPTIONS
        """;

    @Test
    void compactHeaderNamesAreExpandedToCanonicalNames() {
        SipMessage m = SipParser.parse(crlf("""
            OPTIONS sip:a@b SIP/2.0
            v: SIP/2.0/UDP h;branch=z9hG4bK1
            f: <sip:x@y>;tag=1
            t: <sip:a@b>
            i: id
            CSeq: 1 OPTIONS
            m: <sip:x@h>
            l: 0

            """));

        assertThat(m.headers().fields()).extracting(HeaderField::name).containsExactly(
            "Via", "From", "To", "Call-ID", "CSeq", "Contact", "Content-Length");
        assertThat(m.headers().fields().getFirst().name()).isSameAs(HeaderNames.VIA);
    }

    @Test
    void headerNamesAreCaseInsensitiveAndUnknownNamesKeepTheirSpelling() {
        SipMessage m = SipParser.parse(crlf(HEAD.replace("Call-ID", "cALL-iD") + "X-Custom-Thing: 1\n\n"));

        assertThat(m.callId()).isEqualTo("c1");
        assertThat(m.headers().fields().getLast().name()).isEqualTo("X-Custom-Thing");
    }

    @Test
    void foldedLinesAreUnfoldedWithOneSpace() {
        SipMessage m = SipParser.parse(crlf(HEAD + "Subject: one\n   two\n\tthree  \n\n"));

        assertThat(m.headers().firstOrNull("Subject")).isEqualTo("one two three");
    }

    @Test
    void leadingLineBreaksAndBareLfLineEndsAreTolerated() {
        byte[] lf = ("\r\n\r\n" + HEAD + "\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(SipParser.parse(lf).callId()).isEqualTo("c1");
    }

    @Test
    void moreBytesThanContentLengthInADatagramAreIgnored() {
        SipMessage m = SipParser.parse(crlf(HEAD + "Content-Length: 3\n\nabcdef"));

        assertThat(m.body()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void fewerBytesThanContentLengthAreRejected() {
        assertThatThrownBy(() -> SipParser.parse(crlf(HEAD + "Content-Length: 10\n\nabc")))
            .isInstanceOf(SipMalformedRequestException.class)
            .hasMessage("body shorter than Content-Length: 10 declared, 3 received");
    }

    @Test
    void missingContentLengthMakesTheRestOfTheDatagramTheBody() {
        assertThat(SipParser.parse(crlf(HEAD + "\nhello")).body())
            .isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void agreeingDuplicateContentLengthsAreAccepted() {
        assertThat(SipParser.parse(crlf(HEAD + "Content-Length: 2\nl: 02\n\nab")).body()).hasSize(2);
    }

    @Test
    void requestMissingCallIdIsRejectedWithItsOtherHeaders() {
        byte[] message = crlf(HEAD.replace("Call-ID: c1\n", "") + "\n");

        assertThatThrownBy(() -> SipParser.parse(message))
            .isInstanceOfSatisfying(SipMalformedRequestException.class, e -> {
                assertThat(e.reasonPhrase()).isEqualTo("Bad Request - missing Call-ID");
                assertThat(e.partialHeaders().size()).isEqualTo(4);
            });
    }

    @Test
    void requestWithoutMaxForwardsIsAccepted() {
        assertThat(SipParser.parse(crlf(HEAD + "\n")).headers().contains(HeaderNames.MAX_FORWARDS)).isFalse();
    }

    @Test
    void cseqMethodMustMatchTheRequestMethod() {
        assertThatThrownBy(() -> SipParser.parse(crlf(HEAD.replace("1 OPTIONS", "1 INVITE") + "\n")))
            .isInstanceOf(SipMalformedRequestException.class).hasMessageContaining("CSeq method INVITE");
    }

    @Test
    void methodsAreCaseSensitive() {
        assertThatThrownBy(() -> SipParser.parse(crlf(HEAD.replace("OPTIONS sip", "options sip") + "\n")))
            .isInstanceOf(SipMalformedRequestException.class).hasMessageContaining("does not match");
    }

    @Test
    void headerLineWithoutColonIsReportedAndTheOtherHeadersAreKept() {
        byte[] message = crlf(HEAD + "This is not a header\nX-After: 1\n\n");

        assertThatThrownBy(() -> SipParser.parse(message))
            .isInstanceOfSatisfying(SipMalformedRequestException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("header line 7 is not 'name: value'");
                assertThat(e.partialHeaders().firstOrNull("X-After")).isEqualTo("1");
            });
    }

    @Test
    void bareCrIsRejected() {
        assertThatThrownBy(() -> SipParser.parse(crlf(HEAD + "X: a\rb\n\n")))
            .isInstanceOf(SipMalformedRequestException.class).hasMessageContaining("bare CR");
    }

    @Test
    void messageWithoutEmptyLineIsRejected() {
        assertThatThrownBy(() -> SipParser.parse(crlf(HEAD)))
            .isInstanceOf(SipMalformedRequestException.class).hasMessageContaining("not terminated");
    }

    @Test
    void responseMissingViaIsRejectedForDropping() {
        byte[] message = crlf("SIP/2.0 200 OK\nFrom: <sip:a@b>;tag=1\nTo: <sip:a@b>\nCall-ID: x\nCSeq: 1 BYE\n\n");

        assertThatThrownBy(() -> SipParser.parse(message)).isExactlyInstanceOf(SipParseException.class)
            .hasMessage("missing Via");
    }

    @Test
    void statusLineWithoutReasonPhraseOrItsSpaceIsAccepted() {
        String rest = "Via: SIP/2.0/UDP h;branch=z9hG4bK1\nFrom: <sip:a@b>;tag=1\nTo: <sip:a@b>\nCall-ID: x\n"
            + "CSeq: 1 BYE\n\n";

        assertThat(((SipResponse) SipParser.parse(crlf("SIP/2.0 180\n" + rest))).reason()).isEmpty();
    }

    @Test
    void statusCodesOutside100To699AreRejected() {
        assertThatThrownBy(() -> SipParser.parse(crlf("SIP/2.0 099 Early\nX: y\n\n")))
            .hasMessageContaining("outside 100-699");
        assertThatThrownBy(() -> SipParser.parse(crlf("SIP/2.0 7000 Big\nX: y\n\n")))
            .hasMessageContaining("three digits");
    }

    @Test
    void garbageIsRejectedAsNeitherRequestNorResponse() {
        assertThatThrownBy(() -> SipParser.parse(crlf("\u0001\u0002\n\n")))
            .isExactlyInstanceOf(SipParseException.class).hasMessageContaining("neither a request");
        assertThatThrownBy(() -> SipParser.parse(new byte[0])).isExactlyInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> SipParser.parse(crlf("\n\n\n"))).isExactlyInstanceOf(SipParseException.class);
    }

    @Test
    void contentLengthBeyondTheMessageLimitIsTooLarge() {
        assertThatThrownBy(() -> SipParser.parse(crlf(HEAD + "Content-Length: 70000\n\n")))
            .isInstanceOfSatisfying(SipTooLargeException.class,
                e -> assertThat(e.partialHeaders().firstOrNull(HeaderNames.CALL_ID)).isEqualTo("c1"));
    }

    @Test
    void tooManyHeaderLinesIsTooLarge() {
        byte[] message = crlf(HEAD + "X: 1\n".repeat(SipLimits.MAX_HEADERS) + "\n");

        assertThatThrownBy(() -> SipParser.parse(message)).isInstanceOf(SipTooLargeException.class)
            .hasMessageContaining("header lines");
    }

    @Test
    void headerSectionOverTheLimitIsTooLarge() {
        byte[] message = crlf(HEAD + ("X-Pad: " + "p".repeat(4000) + "\n").repeat(5) + "\n");

        assertThatThrownBy(() -> SipParser.parse(message)).isInstanceOf(SipTooLargeException.class)
            .hasMessageContaining("header section exceeds");
    }

    @Test
    void headerLineOverTheLimitIsTooLarge() {
        byte[] message = crlf(HEAD + "X-Long: " + "p".repeat(SipLimits.MAX_HEADER_LINE) + "\n\n");

        assertThatThrownBy(() -> SipParser.parse(message)).isInstanceOf(SipTooLargeException.class)
            .hasMessageContaining("header line 7 exceeds");
    }

    @Test
    void parsesTheSliceItIsGiven() {
        byte[] message = crlf(HEAD + "\n");
        byte[] padded = new byte[message.length + 20];
        System.arraycopy(message, 0, padded, 10, message.length);

        assertThat(SipParser.parse(padded, 10, message.length).callId()).isEqualTo("c1");
    }

    @Test
    void typedHeadersCheckedByTheParserAreCached() {
        SipMessage m = SipParser.parse(crlf(HEAD + "\n"));

        assertThat(m.topVia()).isSameAs(m.topVia());
        assertThat(m.cseq()).isSameAs(m.cseq()).isEqualTo(new CSeq(1, "OPTIONS"));
        assertThat(m.from()).isSameAs(m.from());
    }
}
