package org.centralino.sip.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the byte-exact test messages under src/test/resources/org/centralino/sip/message/torture/. */
final class TortureMessages {
    /** Every RFC 4475 §3 message, in the RFC's order. */
    static final List<String> RFC4475 = List.of("wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp",
        "longreq", "dblreq", "semiuri", "transports", "mpart01", "unreason", "noreason", "badinv01", "clerr", "ncl",
        "scalar02", "scalarlg", "quotbal", "ltgtruri", "lwsruri", "lwsstart", "trws", "escruri", "baddate",
        "regbadct", "badaspec", "baddn", "badvers", "mismatch01", "mismatch02", "bigcode", "badbranch", "insuf",
        "unkscm", "novelsc", "unksm2", "bext01", "invut", "regaut01", "multi01", "mcl01", "bcast", "zeromf",
        "cparam01", "cparam02", "regescrt", "sdp01", "inv2543");
    /** Every RFC 5118 §4 message. */
    static final List<String> RFC5118 = List.of("ipv6-good", "ipv6-bad", "port-ambiguous", "port-unambiguous",
        "via-received-param-with-delim", "via-received-param-no-delim", "ipv6-in-sdp", "mult-ip-in-header",
        "mult-ip-in-sdp", "ipv4-mapped-ipv6", "ipv6-bug-abnf-3-colons", "ipv6-correct-abnf-2-colons");
    /** Everyday traffic. */
    static final List<String> TYPICAL = List.of("register-auth", "invite-sdp", "response-401",
        "response-200-compact");

    private TortureMessages() {
    }

    /** Every stored message, torture and typical. */
    static List<byte[]> all() {
        List<byte[]> out = new ArrayList<>();
        RFC4475.forEach(n -> out.add(rfc4475(n)));
        RFC5118.forEach(n -> out.add(rfc5118(n)));
        TYPICAL.forEach(n -> out.add(typical(n)));
        return out;
    }

    /** An RFC 4475 message by its name in the RFC (wsinv, intmeth, ...). */
    static byte[] rfc4475(String name) {
        return load("torture/rfc4475/" + name + ".dat");
    }

    /** An RFC 5118 message by its name in the RFC (ipv6-good, port-ambiguous, ...). */
    static byte[] rfc5118(String name) {
        return load("torture/rfc5118/" + name + ".dat");
    }

    /** A message of ours (typical traffic) under torture/typical/. */
    static byte[] typical(String name) {
        return load("torture/typical/" + name + ".dat");
    }

    static byte[] load(String resource) {
        try (InputStream in = TortureMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + resource, e);
        }
    }

    /** Text with LF line ends, as written in a test, turned into CRLF bytes. */
    static byte[] crlf(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
