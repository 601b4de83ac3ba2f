package org.centralino.sip.auth;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The client side, to act as a phone in tests and benchmarks: answers a Digest challenge with an Authorization
 * (or Proxy-Authorization) header value (RFC 3261 §22.2, RFC 7616 §3.4, RFC 8760 §2.4).
 *
 * <p>Like a phone, it reuses a nonce with an increasing nc until the server sends a new one. One instance per
 * simulated phone; it is thread-safe but serialises its nonce count.
 */
public final class DigestClient {
    /** cnonce length in random bytes (16 hex characters). */
    static final int CNONCE_BYTES = 8;

    private final String username;
    private final String password;
    private final RandomGenerator random;
    private String lastNonce;
    private long lastNc;

    public DigestClient(String username, String password, RandomGenerator random) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Answers the topmost challenge whose algorithm we implement, as RFC 8760 §2.4 asks of a UAC; challenges of
     * other schemes or algorithms are skipped.
     *
     * @param challengeValues the WWW-Authenticate or Proxy-Authenticate values of a 401/407, in message order
     * @param digestUri       the Request-URI of the request being authorised, as text
     * @throws IllegalArgumentException when no challenge is usable, saying why for each
     */
    public String authorize(List<String> challengeValues, String method, String digestUri) {
        StringBuilder reasons = new StringBuilder();
        for (String value : challengeValues) {
            switch (DigestChallenge.parse(value)) {
                case ParseResult.Parsed<DigestChallenge>(DigestChallenge c) when supportsQop(c) -> {
                    return authorize(c, method, digestUri);
                }
                case ParseResult.Parsed<DigestChallenge>(DigestChallenge c) ->
                    reasons.append("; qop ").append(c.qop()).append(" lacks auth");
                case ParseResult.Malformed<DigestChallenge>(String reason) -> reasons.append("; ").append(reason);
            }
        }
        throw new IllegalArgumentException("no usable Digest challenge in " + challengeValues + reasons);
    }

    /** Answers one parsed challenge, with the next nc for its nonce and a fresh cnonce. */
    public String authorize(DigestChallenge challenge, String method, String digestUri) {
        long nc;
        synchronized (this) {
            if (!challenge.nonce().equals(lastNonce)) {
                lastNonce = challenge.nonce();
                lastNc = 0;
            }
            nc = ++lastNc;
        }
        byte[] cnonce = new byte[CNONCE_BYTES];
        random.nextBytes(cnonce);
        return answer(challenge, username, password, method, digestUri, HexFormat.of().formatHex(cnonce), nc);
    }

    /**
     * The credentials value for a challenge, with every input explicit (for test vectors). With qop auth
     * offered, the response is RFC 7616 §3.4.1's; with no qop, the RFC 2069 one and no cnonce/nc/qop.
     */
    public static String answer(DigestChallenge challenge, String username, String password, String method,
                                String digestUri, String cnonce, long nc) {
        DigestAlgorithm algorithm = challenge.algorithm();
        String ha1 = algorithm.ha1(username, challenge.realm(), password);
        String qop = challenge.qop().isEmpty() ? null : DigestAuthenticator.QOP_AUTH;
        String ncText = HexFormat.of().toHexDigits((int) nc); // nc-value = 8LHEX
        String response = DigestMath.response(algorithm, ha1, challenge.nonce(), ncText, cnonce, qop,
            DigestMath.ha2(algorithm, method, digestUri));
        StringBuilder sb = new StringBuilder(256)
            .append("Digest username=").append(AuthParams.quote(username))
            .append(", realm=").append(AuthParams.quote(challenge.realm()))
            .append(", nonce=").append(AuthParams.quote(challenge.nonce()))
            .append(", uri=").append(AuthParams.quote(digestUri))
            .append(", response=").append(AuthParams.quote(response))
            .append(", algorithm=").append(algorithm.token());
        if (qop != null) {
            sb.append(", cnonce=").append(AuthParams.quote(cnonce)).append(", nc=").append(ncText)
                .append(", qop=").append(qop);
        }
        if (challenge.opaque() != null) {
            sb.append(", opaque=").append(AuthParams.quote(challenge.opaque()));
        }
        return sb.toString();
    }

    private static boolean supportsQop(DigestChallenge c) {
        return c.qop().isEmpty() || c.qop().stream().anyMatch(DigestAuthenticator.QOP_AUTH::equalsIgnoreCase);
    }
}
