package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** parse → serialize → parse gives the same description; the serializer writes CRLF in RFC order. */
class SdpRoundTripTest {
    static final List<String> SAMPLES = SdpSamples.ALL;
    /** Samples already written in RFC order with CRLF and no trailing whitespace come back byte for byte. */
    static final List<String> CANONICAL = SdpSamples.ALL.stream()
        .filter(n -> !n.equals("yealink-offer") && !n.equals("sipp-uac-pcap")).toList();

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void parseSerializeParseIsEqual(String name) {
        SessionDescription first = SdpSamples.parse(name);
        String written = SdpSerializer.serialize(first);
        assertThat(SdpSamples.parseText(written)).isEqualTo(first);
        assertThat(written).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(written.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @ParameterizedTest
    @FieldSource("CANONICAL")
    void canonicalSamplesComeBackByteForByte(String name) {
        byte[] original = SdpSamples.bytes(name);
        assertThat(new String(SdpSamples.parse(name).encode(), StandardCharsets.UTF_8))
            .isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void writesBareLfInputWithCrlf() {
        String written = SdpSerializer.serialize(SdpSamples.parse("sipp-uac-pcap"));
        String lf = new String(SdpSamples.bytes("sipp-uac-pcap"), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(lf.replace("\n", "\r\n"));
    }

    @Test
    void writesLinesInRfcOrderWhateverTheInputOrder() {
        SessionDescription sd = SdpSamples.parseText("v=0\na=tool:x\nt=0 0\nb=AS:64\nc=IN IP4 10.0.0.1\nk=prompt\n"
            + "z=2882844526 -1h\np=+1 555\ne=a@b.c\nu=http://x\ni=info\ns=name\no=- 1 2 IN IP4 10.0.0.1\n"
            + "m=audio 4000 RTP/AVP 0\na=sendrecv\nk=clear:x\nb=AS:32\nc=IN IP4 10.0.0.2\ni=voice\n");
        assertThat(SdpSerializer.serialize(sd)).isEqualTo("""
            v=0\r
            o=- 1 2 IN IP4 10.0.0.1\r
            s=name\r
            i=info\r
            u=http://x\r
            e=a@b.c\r
            p=+1 555\r
            c=IN IP4 10.0.0.1\r
            b=AS:64\r
            t=0 0\r
            z=2882844526 -1h\r
            k=prompt\r
            a=tool:x\r
            m=audio 4000 RTP/AVP 0\r
            i=voice\r
            c=IN IP4 10.0.0.2\r
            b=AS:32\r
            k=clear:x\r
            a=sendrecv\r
            """);
    }

    @Test
    void keepsRepeatTimesWithTheirTiming() {
        String text = "v=0\r\no=- 1 2 IN IP4 a\r\ns=-\r\nc=IN IP4 a\r\nt=3034423619 3042462419\r\nr=7d 1h 0 25h\r\n"
            + "t=0 0\r\n";
        SessionDescription sd = SdpSamples.parseText(text);
        assertThat(sd.timings()).containsExactly(new Timing(3034423619L, 3042462419L, List.of("7d 1h 0 25h")),
            Timing.UNBOUNDED);
        assertThat(SdpSerializer.serialize(sd)).isEqualTo(text);
    }

    @Test
    void writesAnEmptySessionNameAsASpace() {
        assertThat(SdpSerializer.serialize(SdpSamples.parse("ipv6-offer"))).contains("\r\ns= \r\n");
    }
}
