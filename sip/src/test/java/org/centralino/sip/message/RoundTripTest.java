package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** parse → encode → parse gives the same start line, header list and body. */
class RoundTripTest {

    static Stream<Arguments> acceptedMessages() {
        Stream<Arguments> rfc4475 = Stream.of("wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq",
            "dblreq", "semiuri", "transports", "mpart01", "unreason", "noreason", "badbranch", "bext01", "invut",
            "regaut01", "bcast", "zeromf", "cparam01", "cparam02", "regescrt", "sdp01", "unksm2", "baddate",
            "quotbal", "badaspec", "baddn", "regbadct", "inv2543")
            .map(n -> Arguments.of("rfc4475/" + n, TortureMessages.rfc4475(n)));
        Stream<Arguments> rfc5118 = Stream.of("ipv6-good", "port-ambiguous", "port-unambiguous",
            "via-received-param-with-delim", "via-received-param-no-delim", "mult-ip-in-header", "mult-ip-in-sdp",
            "ipv4-mapped-ipv6", "ipv6-correct-abnf-2-colons")
            .map(n -> Arguments.of("rfc5118/" + n, TortureMessages.rfc5118(n)));
        Stream<Arguments> typical = Stream.of("register-auth", "invite-sdp", "response-401", "response-200-compact")
            .map(n -> Arguments.of("typical/" + n, TortureMessages.typical(n)));
        return Stream.of(rfc4475, rfc5118, typical).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedMessages")
    void encodedMessageParsesBackToEqualHeadersAndBody(String name, byte[] wire) {
        SipMessage first = SipParser.parse(wire);
        SipMessage second = SipParser.parse(first.encode());

        assertThat(second.headers().fields()).isEqualTo(first.headers().fields());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(startLine(second)).isEqualTo(startLine(first));
        assertThat(second.encode()).isEqualTo(first.encode());
    }

    private static String startLine(SipMessage m) {
        return switch (m) {
            case SipRequest r -> r.method() + " " + r.requestUri();
            case SipResponse r -> r.status() + " " + r.reason();
        };
    }
}
