package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Refused input comes back as a value naming the line and the reason, never as an exception. */
class SdpParserErrorTest {
    private static final String HEAD = "v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        garbage                    | hello world                                     | 1 | expected '<letter>=<value>'
        HTTP instead of SDP        | HTTP/1.1 200 OK\\nContent-Type: text/html       | 1 | expected '<letter>=<value>'
        no v= first                | o=- 1 2 IN IP4 10.0.0.1\\nv=0                   | 1 | starts with v=0
        version 1                  | v=1\\no=- 1 2 IN IP4 10.0.0.1                   | 1 | SDP version '1' is not 0
        second v=                  | v=0\\nv=0                                       | 2 | only once
        truncated o=               | v=0\\no=- 3909610862                            | 2 | o= needs 6 fields
        o= version not a number    | v=0\\no=- 1 x IN IP4 10.0.0.1                   | 2 | session version 'x'
        o= version over 2^64       | v=0\\no=- 1 18446744073709551616 IN IP4 a       | 2 | unsigned 64-bit
        capital letter type        | v=0\\nO=- 1 2 IN IP4 10.0.0.1                   | 2 | expected '<letter>=<value>'
        unknown line type          | v=0\\no=- 1 2 IN IP4 a\\ny=0100000001           | 3 | unknown line type 'y='
        c= with 2 fields           | v=0\\no=- 1 2 IN IP4 a\\nc=IN IP4               | 3 | c= needs 3 fields
        c= IP4 with IPv6 address   | v=0\\no=- 1 2 IN IP4 a\\nc=IN IP4 ::1           | 3 | says IP4
        c= bad address             | v=0\\no=- 1 2 IN IP4 a\\nc=IN IP4 <script>      | 3 | not an IP address
        second session c=          | v=0\\no=- 1 2 IN IP4 a\\nc=IN IP4 a\\nc=IN IP4 b | 4 | a second 'c='
        t= not numbers             | v=0\\no=- 1 2 IN IP4 a\\nt=now later            | 3 | t= expected
        r= before t=               | v=0\\no=- 1 2 IN IP4 a\\nr=7d 1h 0 25h          | 3 | r= must follow a t=
        b= without value           | v=0\\no=- 1 2 IN IP4 a\\nb=AS                   | 3 | b= expected
        attribute name not token   | v=0\\no=- 1 2 IN IP4 a\\na=:x                   | 3 | attribute name ''
        no o=                      | v=0\\ns=-\\nt=0 0                               | 0 | no o= line
        """)
    void sessionLevelErrors(String what, String body, int line, String reason) {
        SdpError error = SdpSamples.error(body.replace("\\n", "\r\n"));
        assertThat(error.line()).as(what).isEqualTo(line);
        assertThat(error.reason()).as(what).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        truncated m= | m=audio 4360 |  | 6 | m= expected
        m= port not a number | m=audio abc RTP/AVP 0 |  | 6 | port 'abc'
        m= port too big | m=audio 70000 RTP/AVP 0 |  | 6 | port '70000'
        m= without formats | m=audio 4000 RTP/AVP |  | 6 | lists no formats
        m= payload type 200 | m=audio 4000 RTP/AVP 0 200 |  | 6 | '200' is not a number 0-127
        m= payload type twice | m=audio 4000 RTP/AVP 0 8 0 |  | 6 | listed twice
        truncated rtpmap | m=audio 4000 RTP/AVP 101 | a=rtpmap:101 telephone-event | 7 | a=rtpmap expected
        rtpmap clock not a number | m=audio 4000 RTP/AVP 0 | a=rtpmap:0 PCMU/fast | 7 | a=rtpmap expected
        fmtp without format | m=audio 4000 RTP/AVP 0 | a=fmtp: | 7 | a=fmtp expected
        rtcp port not a number | m=audio 4000 RTP/AVP 0 | a=rtcp:x | 7 | a=rtcp expected
        ptime zero | m=audio 4000 RTP/AVP 0 | a=ptime:0 | 7 | positive number
        t= inside media | m=audio 4000 RTP/AVP 0 | t=0 0 | 7 | not allowed in a media section (it started at line 6)
        second media c= | m=audio 4000 RTP/AVP 0 | c=IN IP4 a\\nc=IN IP4 b | 8 | a second 'c='
        conflicting directions | m=audio 4000 RTP/AVP 0 | a=sendonly\\na=recvonly | 6 | conflicting direction
        """)
    void mediaLevelErrors(String what, String mLine, String after, int line, String reason) {
        String body = HEAD + mLine + "\r\n" + (after == null ? "" : after.replace("\\n", "\r\n") + "\r\n");
        SdpError error = SdpSamples.error(body);
        assertThat(error.line()).as(what).isEqualTo(line);
        assertThat(error.reason()).as(what).contains(reason);
    }

    @Test
    void refusesAStreamWithNoAddressAnywhere() {
        SdpError error = SdpSamples.error("v=0\r\no=- 1 2 IN IP4 a\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.reason()).contains("no c= line for this stream");
    }

    @Test
    void acceptsARejectedStreamWithNoAddressAndNoFormats() {
        SessionDescription sd = SdpSamples.parseText("v=0\r\no=- 1 2 IN IP4 a\r\ns=-\r\nt=0 0\r\n"
            + "m=video 0 RTP/AVP\r\n");
        assertThat(sd.media().getFirst().isRejected()).isTrue();
    }

    @Test
    void refusesEmptyAndBlankBodies() {
        assertThat(SdpSamples.error("").line()).isZero();
        assertThat(SdpSamples.error("\r\n \r\n").reason()).isEqualTo("empty session description");
    }

    @Test
    void refusesNulAndLoneCrInsideALine() {
        assertThat(SdpSamples.error(HEAD + "a=x\0y\r\n").reason()).contains("NUL");
        SdpError cr = SdpSamples.error(HEAD + "a=x\ry\r\n");
        assertThat(cr.line()).isEqualTo(6);
        assertThat(cr.reason()).contains("lone CR");
    }

    @Test
    void truncatedBaresipOfferNamesTheLineItStopsIn() {
        String full = new String(SdpSamples.bytes("baresip-1.0"), StandardCharsets.UTF_8);
        String cut = full.substring(0, full.indexOf("PCMU/8000") + 4); // ...a=rtpmap:0 PCMU
        SdpError error = SdpSamples.error(cut);
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.text()).isEqualTo("a=rtpmap:0 PCMU");
        assertThat(error.message()).isEqualTo("SDP line 8 (a=rtpmap:0 PCMU): "
            + "a=rtpmap expected '<payload type 0-127> <encoding>/<clock rate>[/<channels>]'");
    }

    @Test
    void enforcesTheLimits() {
        assertThat(SdpParser.parse(new byte[SdpLimits.MAX_BYTES + 1])).isEqualTo(new SdpParseResult.Invalid(
            new SdpError(0, "larger than " + SdpLimits.MAX_BYTES + " bytes", "")));
        assertThat(SdpSamples.error(HEAD + "a=x\r\n".repeat(SdpLimits.MAX_LINES)).reason()).contains("lines");
        SdpError longLine = SdpSamples.error(HEAD + "a=x:" + "y".repeat(SdpLimits.MAX_LINE_LENGTH) + "\r\n");
        assertThat(longLine.line()).isEqualTo(6);
        assertThat(longLine.text()).hasSize(83);
        String media = "m=audio 4000 RTP/AVP 0\r\n".repeat(SdpLimits.MAX_MEDIA + 1);
        assertThat(SdpSamples.error(HEAD + media).reason()).contains("media sections");
        StringBuilder many = new StringBuilder("m=application 4000 foo");
        for (int i = 0; i <= SdpLimits.MAX_FORMATS; i++) {
            many.append(" f").append(i);
        }
        assertThat(SdpSamples.error(HEAD + many + "\r\n").reason()).contains("formats");
    }

    @Test
    void decodesInvalidUtf8WithoutFailing() {
        byte[] body = (HEAD + "i=caf\u00e9\r\n").getBytes(StandardCharsets.ISO_8859_1);
        SessionDescription sd = SdpSamples.parsed(SdpParser.parse(body));
        assertThat(sd.information()).isEqualTo("caf\uFFFD");
    }
}
