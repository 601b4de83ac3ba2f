package org.centralino.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The digest algorithms of RFC 8760 that we offer: MD5 (the default, what old phones speak) and SHA-256. */
public enum DigestAlgorithm {
    MD5("MD5", "MD5", 16),
    SHA_256("SHA-256", "SHA-256", 32);

    private final String token;
    private final String jcaName;
    private final int hexLength;
    /**
     * Never used directly: {@link #digest()} hands out clones. Cloning a fresh MessageDigest is cheaper than a
     * provider lookup and, unlike a ThreadLocal cache, costs nothing per virtual thread.
     */
    private final MessageDigest prototype;

    DigestAlgorithm(String token, String jcaName, int digestBytes) {
        this.token = token;
        this.jcaName = jcaName;
        this.hexLength = digestBytes * 2;
        this.prototype = newInstance(jcaName);
    }

    /** The token as written in the algorithm parameter and in the API ("MD5", "SHA-256"). */
    public String token() {
        return token;
    }

    /** Length of a hash in lower-case hex: 32 for MD5, 64 for SHA-256 (RFC 8760 §2.2). */
    public int hexLength() {
        return hexLength;
    }

    /** Parses an algorithm token case-insensitively; empty for unknown ones (and for "-sess" variants). */
    public static Optional<DigestAlgorithm> fromToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.trim().toUpperCase(Locale.ROOT);
        for (DigestAlgorithm a : values()) {
            if (a.token.equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Lower-case hex of the hash of the UTF-8 bytes of {@code s}. */
    public String hashHex(String s) {
        return HexFormat.of().formatHex(digest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** HA1 = H(username ":" realm ":" password) (RFC 8760 §2.4 / RFC 2617 §3.2.2.2). */
    public String ha1(String username, String realm, String password) {
        return hashHex(username + ":" + realm + ":" + password);
    }

    /** A fresh, unshared MessageDigest for this algorithm; safe to call from any thread. */
    public MessageDigest digest() {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newInstance(jcaName); // a provider without clone support: slower, still correct
        }
    }

    private static MessageDigest newInstance(String jcaName) {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + jcaName, e);
        }
    }
}
