package org.centralino.core.secret;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Makes passwords and tokens from an injected {@link SecureRandom} (injected so tests can seed it and
 * so one instance is shared, not one per call).
 */
public final class SecretGenerator {
    /**
     * The password alphabet: letters and digits without the look-alikes 0/O, 1/l/I, so a password read
     * aloud or typed into a phone's keypad menu is typed right. 56 symbols: 16 of them carry ~93 bits.
     */
    static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Bytes of entropy in an API token: 256 bits, out of reach of guessing. */
    static final int TOKEN_BYTES = 32;

    private final SecureRandom random;

    public SecretGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A random password of {@code length} characters from {@link #PASSWORD_ALPHABET}. */
    public String password(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("password length must be positive, was " + length);
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** An opaque bearer token: 32 random bytes, base64url without padding (43 characters). */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(TOKEN_BYTES));
    }

    /** {@code n} random bytes (salts). */
    public byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
