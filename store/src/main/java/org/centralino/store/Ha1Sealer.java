package org.centralino.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * Encrypts HA1 values for the database (DESIGN.md §3): an HA1 is as good as the password within its realm, so
 * a copy of the database or of a backup must not be enough to register as an extension. AES-256-GCM with a
 * fresh 96-bit IV per value; the extension number and algorithm are the associated data, so a sealed value
 * cannot be moved to another extension or algorithm. Stored as {@code v1:} + base64(IV | ciphertext | tag).
 */
public final class Ha1Sealer {
    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public Ha1Sealer(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the HA1 key must have " + KEY_BYTES + " bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    String seal(String number, DigestAlgorithm algorithm, String ha1) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, iv, number, algorithm);
            byte[] sealed = c.doFinal(ha1.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
    }

    String open(String number, DigestAlgorithm algorithm, String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("extension " + number + ": the stored " + algorithm.token()
                + " HA1 is not in a sealed form this version reads");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("extension " + number + ": the stored HA1 is damaged", e);
        }
        try {
            byte[] iv = java.util.Arrays.copyOf(raw, IV_BYTES);
            Cipher c = cipher(Cipher.DECRYPT_MODE, iv, number, algorithm);
            return new String(c.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("extension " + number + ": the stored HA1 does not decrypt with this "
                + "key — is this the data directory's own secrets/ha1.key (or CENTRALINO_HA1_KEY) it was written with?",
                e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("extension " + number + ": the stored HA1 cannot be decrypted", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String number, DigestAlgorithm algorithm)
        throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        c.updateAAD((number + "\u0000" + algorithm.token()).getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
