package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SipSerializerTest {

    @Test
    void requestIsStartLineHeadersEmptyLineBody() {
        SipRequest r = SipRequest.builder("MESSAGE", SipUri.parse("sip:bob@example.com"))
            .header("Via", "SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1")
            .header("f", "<sip:alice@example.com>;tag=1")
            .body("text/plain", "ciao".getBytes(StandardCharsets.UTF_8))
            .build();

        assertThat(new String(r.encode(), StandardCharsets.UTF_8)).isEqualTo("""
            MESSAGE sip:bob@example.com SIP/2.0\r
            Via: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r
            From: <sip:alice@example.com>;tag=1\r
            Content-Type: text/plain\r
            Content-Length: 4\r
            \r
            ciao""");
    }

    @Test
    void responseStatusLineCarriesCodeAndReason() {
        SipResponse r = SipResponse.builder(486, "Busy Here").header("Call-ID", "x").build();

        assertThat(new String(r.encode(), StandardCharsets.US_ASCII))
            .isEqualTo("SIP/2.0 486 Busy Here\r\nCall-ID: x\r\nContent-Length: 0\r\n\r\n");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8() {
        SipResponse r = SipResponse.builder(200, "Va bene ✓").header("Subject", "Però 🙂").build();

        String wire = new String(r.encode(), StandardCharsets.UTF_8);
        assertThat(wire).startsWith("SIP/2.0 200 Va bene ✓\r\n").contains("Subject: Però 🙂\r\n");
        assertThat(r.encode()).hasSize(wire.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void crOrLfInAValueCannotStartANewHeader() {
        SipResponse r = SipResponse.builder(200, "OK").header("Subject", "a\r\nVia: evil").build();

        assertThat(new String(r.encode(), StandardCharsets.US_ASCII)).contains("Subject: a  Via: evil\r\n")
            .doesNotContain("\nVia");
    }

    @Test
    void loneSurrogateBecomesAQuestionMarkAndTheSizeStillFits() {
        SipResponse r = SipResponse.builder(200, "OK").header("X-Test", "a\uD800b").build();

        assertThat(new String(r.encode(), StandardCharsets.UTF_8)).contains("X-Test: a?b\r\n");
    }

    @Test
    void bodyBytesAreCopiedUnchanged() {
        byte[] binary = {0, '\r', (byte) 0xFF, '\n', 0};
        SipRequest r = SipRequest.builder("INFO", SipUri.parse("sip:a@b")).body("application/octet-stream", binary)
            .build();

        byte[] wire = r.encode();
        assertThat(java.util.Arrays.copyOfRange(wire, wire.length - 5, wire.length)).isEqualTo(binary);
    }
}
