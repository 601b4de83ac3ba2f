package org.centralino.sip.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the byte-exact test messages under src/test/resources/org/centralino/sip/message/torture/. */
final class TortureMessages {
    private TortureMessages() {
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
