package org.centralino.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** The hash formulas shared by the server ({@link DigestAuthenticator}) and the client ({@link DigestClient}). */
final class DigestMath {
    private DigestMath() {
    }

    /** HA2 = H(method ":" digest-uri) for qop=auth and for no qop (RFC 7616 §3.4.3, RFC 2617 §3.2.2.3). */
    static String ha2(DigestAlgorithm algorithm, String method, String digestUri) {
        return algorithm.hashHex(method + ":" + digestUri);
    }

    /**
     * The request-digest. With qop: KD(HA1, nonce ":" nc ":" cnonce ":" qop ":" HA2), where KD(s, d) = H(s ":" d)
     * (RFC 7616 §3.4.1). Without qop (RFC 2069 compatibility, RFC 2617 §3.2.2.1): KD(HA1, nonce ":" HA2).
     * {@code nc} and {@code qop} are hashed exactly as written on the wire.
     */
    static String response(DigestAlgorithm algorithm, String ha1, String nonce, String nc, String cnonce,
                           String qop, String ha2) {
        String data = qop == null
            ? ha1 + ":" + nonce + ":" + ha2
            : ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2;
        return algorithm.hashHex(data);
    }

    /**
     * Compares an expected lower-case hex digest with the one a client sent, in time independent of where they
     * differ (RFC 7616 §5.9 timing attacks). Upper-case hex from the client is tolerated.
     */
    static boolean sameDigest(String expected, String received) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
            received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
