package org.centralino.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless nonces (RFC 7616 §3.3 suggests "time-stamp H(time-stamp ":" ETag ":" secret-data)"; we use an HMAC):
 * base64url, without padding, of
 * <pre>
 *   issued-at (8 bytes, epoch milliseconds, big-endian) | random (12 bytes) | HMAC-SHA256(secret, realm 0x00 issued-at random) truncated to 16 bytes
 * </pre>
 * 36 bytes, 48 characters. Any node that holds the secret can check a nonce's integrity and age without a table;
 * binding the realm into the MAC keeps a nonce of one realm from being accepted by another that shares the key.
 * A 128-bit truncated HMAC is well above the half-length floor of RFC 2104 §5.
 */
final class NonceCodec {
    static final int TIMESTAMP_BYTES = 8;
    static final int RANDOM_BYTES = 12;
    static final int MAC_BYTES = 16;
    static final int NONCE_BYTES = TIMESTAMP_BYTES + RANDOM_BYTES + MAC_BYTES;
    /** 36 bytes are 48 base64 characters exactly, with no padding. */
    static final int ENCODED_LENGTH = NONCE_BYTES / 3 * 4;
    static final int MIN_SECRET_BYTES = 16;
    private static final String HMAC = "HmacSHA256";

    /** What a nonce check found: an authentic nonce and when we issued it, or why it is not one of ours. */
    sealed interface Check permits Authentic, Forged {
    }

    record Authentic(long issuedAtMillis) implements Check {
    }

    record Forged(String reason) implements Check {
    }

    private final byte[] realm;
    private final RandomGenerator random;
    /** Keyed once; every use works on a clone, so the codec is thread-safe without locks. */
    private final Mac prototype;
    private final SecretKeySpec key;

    NonceCodec(byte[] secret, String realm, RandomGenerator random) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("nonce secret must have at least " + MIN_SECRET_BYTES
                + " bytes, got " + secret.length);
        }
        this.realm = realm.getBytes(StandardCharsets.UTF_8);
        this.random = random;
        this.key = new SecretKeySpec(secret, HMAC);
        this.prototype = newMac();
    }

    String issue(long nowMillis) {
        byte[] nonceRandom = new byte[RANDOM_BYTES];
        random.nextBytes(nonceRandom);
        return issue(nowMillis, nonceRandom);
    }

    /**
     * A nonce that is the same for every call with the same {@code seed} within one window of
     * {@code windowMillis}: the issue time is rounded down to the window and the random part is derived from
     * the seed with the secret. A stateless challenge (RFC 3261 §8.2.7) built on it answers a retransmitted
     * request exactly as the first time, as a stateful transaction would.
     */
    String issueFor(String seed, long nowMillis, long windowMillis) {
        long issuedAt = nowMillis - Math.floorMod(nowMillis, windowMillis);
        Mac mac = keyedMac();
        mac.update(realm);
        mac.update((byte) 0);
        mac.update("seed".getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        mac.update(longBytes(issuedAt));
        mac.update(seed.getBytes(StandardCharsets.UTF_8));
        return issue(issuedAt, Arrays.copyOf(mac.doFinal(), RANDOM_BYTES));
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[TIMESTAMP_BYTES];
        for (int i = TIMESTAMP_BYTES - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    private String issue(long issuedAt, byte[] nonceRandom) {
        byte[] raw = new byte[NONCE_BYTES];
        System.arraycopy(longBytes(issuedAt), 0, raw, 0, TIMESTAMP_BYTES);
        System.arraycopy(nonceRandom, 0, raw, TIMESTAMP_BYTES, RANDOM_BYTES);
        System.arraycopy(mac(raw), 0, raw, TIMESTAMP_BYTES + RANDOM_BYTES, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    Check check(String nonce) {
        if (nonce.length() != ENCODED_LENGTH) {
            return new Forged("nonce has " + nonce.length() + " characters, ours have " + ENCODED_LENGTH);
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return new Forged("nonce is not base64url: " + e.getMessage());
        }
        byte[] expected = mac(raw);
        int diff = 0;
        for (int i = 0; i < MAC_BYTES; i++) {
            diff |= expected[i] ^ raw[TIMESTAMP_BYTES + RANDOM_BYTES + i];
        }
        if (diff != 0) {
            return new Forged("nonce MAC does not verify (tampered, or issued with another secret)");
        }
        long issuedAt = 0;
        for (int i = 0; i < TIMESTAMP_BYTES; i++) {
            issuedAt = issuedAt << 8 | raw[i] & 0xff;
        }
        return new Authentic(issuedAt);
    }

    /**
     * The opaque value of our challenges: HMAC(secret, realm 0x00 "opaque"), 16 bytes in base64url. Derived from
     * the secret rather than random so that every node of a cluster sends and accepts the same value. Its input
     * is 7 bytes after the realm where a nonce's is 20, so it can never stand in for a nonce MAC.
     */
    String opaque() {
        Mac mac = newMac();
        mac.update(realm);
        mac.update((byte) 0);
        mac.update("opaque".getBytes(StandardCharsets.US_ASCII));
        byte[] full = mac.doFinal();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
    }

    /** HMAC over realm, a zero separator, then the timestamp and random part of {@code raw}. */
    private byte[] mac(byte[] raw) {
        Mac mac = keyedMac();
        mac.update(realm);
        mac.update((byte) 0);
        mac.update(raw, 0, TIMESTAMP_BYTES + RANDOM_BYTES);
        return mac.doFinal();
    }

    private Mac keyedMac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(); // a provider without clone support: slower, still correct
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + HMAC, e);
        }
    }
}
