package org.centralino.core.b2bua;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tags and Call-IDs for the dialogs we create. RFC 3261 §19.3 asks for at least 32 random bits in a tag and
 * global uniqueness for a Call-ID; they identify, they do not protect, so a fast non-cryptographic random is
 * enough (digest nonces, which do protect, come from SecureRandom).
 */
final class Tags {
    private Tags() {
    }

    static String next() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    static String callId(String host) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(r.nextLong()) + HexFormat.of().toHexDigits(r.nextLong()) + "@" + host;
    }
}
