package org.centralino.core.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fingerprint kept with an Idempotency-Key: HMAC-SHA-256 of the request under a key that is not in the
 * database. The body may hold a password ({@code POST /me/password}, a new user, an extension's SIP password) and
 * the row lives 24 hours: a plain hash would be a fast unsalted password hash, open to a dictionary attack by
 * whoever copies the database. Without the key, the fingerprint says nothing about the body.
 */
public final class RequestFingerprints {
    /** Every node of a cluster derives the same key from the same server secret, so any node can replay. */
    static final String DERIVATION_LABEL = "centralino idempotency fingerprint v1";
    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    /** @param key at least 32 bytes, kept outside the database */
    public RequestFingerprints(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the fingerprint key must be at least " + MIN_KEY_BYTES + " bytes, got "
                + (key == null ? "none" : key.length));
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /**
     * A key of its own derived from the server's secret (the HA1 key file): HMAC(secret, label), so the fingerprints
     * reveal nothing about the HA1 key and the HA1 key's other uses reveal nothing about them.
     */
    public static RequestFingerprints derivedFrom(byte[] serverSecret) {
        return new RequestFingerprints(new RequestFingerprints(serverSecret).mac(DERIVATION_LABEL, new byte[0]));
    }

    /** Hex HMAC of the request line (method, path, query) and the body. */
    public String of(String requestLine, byte[] body) {
        return HexFormat.of().formatHex(mac(requestLine + "\n", body));
    }

    private byte[] mac(String text, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(text.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK cannot compute " + HMAC, e);
        }
    }
}
