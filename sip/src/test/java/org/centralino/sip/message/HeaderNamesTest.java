package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderNamesTest {

    @ParameterizedTest
    @CsvSource({"v,Via", "V,Via", "via,Via", "VIA,Via", "f,From", "t,To", "i,Call-ID", "call-id,Call-ID",
        "m,Contact", "l,Content-Length", "c,Content-Type", "k,Supported", "o,Event", "r,Refer-To",
        "x,Session-Expires", "www-authenticate,WWW-Authenticate", "cseq,CSeq", "Max-forwards,Max-Forwards"})
    void compactAndMixedCaseNamesBecomeCanonical(String written, String canonical) {
        assertThat(HeaderNames.canonical(written)).isEqualTo(canonical);
        byte[] bytes = ("xx" + written + "yy").getBytes(StandardCharsets.US_ASCII);
        assertThat(HeaderNames.canonical(bytes, 2, written.length())).isSameAs(HeaderNames.canonical(canonical));
    }

    @Test
    void unknownNamesAreReturnedAsWritten() {
        assertThat(HeaderNames.canonical("X-Yealink-Thing")).isEqualTo("X-Yealink-Thing");
        assertThat(HeaderNames.canonical("q")).isEqualTo("q");
        assertThat(HeaderNames.canonical("Vía")).isEqualTo("Vía");
        assertThat(HeaderNames.canonical("X-Foo".getBytes(StandardCharsets.US_ASCII), 0, 5)).isEqualTo("X-Foo");
    }

    @Test
    void knownNamesAreTheSharedConstants() {
        assertThat(HeaderNames.canonical("call-ID")).isSameAs(HeaderNames.CALL_ID);
    }
}
