package org.centralino.sip.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Digest challenge of a WWW-Authenticate (401) or Proxy-Authenticate (407) header value
 * (RFC 3261 §22.1, RFC 7616 §3.3, RFC 8760 §2.3). {@code opaque} is null when absent; {@code qop} lists the
 * offered quality-of-protection options, empty when the challenge has none (an RFC 2069 style challenge).
 */
public record DigestChallenge(String realm, String nonce, String opaque, DigestAlgorithm algorithm,
                              List<String> qop, boolean stale) {

    public DigestChallenge {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(algorithm, "algorithm");
        qop = List.copyOf(qop);
    }

    /**
     * The header value: {@code Digest realm="..", nonce="..", opaque="..", algorithm=MD5, qop="auth"} and
     * {@code , stale=true} when set. The algorithm is always written, although MD5 is the default, because
     * RFC 8760 §2.3 challenges list one algorithm per header and some phones only compare the token.
     */
    public String toHeaderValue() {
        StringBuilder sb = new StringBuilder(160).append("Digest realm=").append(AuthParams.quote(realm))
            .append(", nonce=").append(AuthParams.quote(nonce));
        if (opaque != null) {
            sb.append(", opaque=").append(AuthParams.quote(opaque));
        }
        sb.append(", algorithm=").append(algorithm.token());
        if (!qop.isEmpty()) {
            sb.append(", qop=").append(AuthParams.quote(String.join(",", qop)));
        }
        if (stale) {
            sb.append(", stale=true");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toHeaderValue();
    }

    /** Parses a challenge; an algorithm we do not implement (e.g. SHA-512-256, MD5-sess) is Malformed. */
    public static ParseResult<DigestChallenge> parse(String headerValue) {
        return switch (AuthParams.parse(headerValue, "Digest")) {
            case ParseResult.Malformed<AuthParams.Parsed>(String reason) -> ParseResult.malformed(reason);
            case ParseResult.Parsed<AuthParams.Parsed>(AuthParams.Parsed parsed) -> fromParams(parsed.params());
        };
    }

    private static ParseResult<DigestChallenge> fromParams(Map<String, String> p) {
        if (p.get("realm") == null || p.get("nonce") == null) {
            return ParseResult.malformed("Digest challenge lacks realm or nonce");
        }
        String algorithmToken = p.getOrDefault("algorithm", DigestAlgorithm.MD5.token());
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.fromToken(algorithmToken);
        if (algorithm.isEmpty()) {
            return ParseResult.malformed("unsupported digest algorithm '" + algorithmToken + "'");
        }
        List<String> qop = new ArrayList<>(2);
        String qopList = p.get("qop");
        if (qopList != null) {
            for (String option : qopList.split(",")) {
                if (!option.isBlank()) {
                    qop.add(option.strip());
                }
            }
        }
        boolean stale = "true".equalsIgnoreCase(p.get("stale"));
        return ParseResult.parsed(new DigestChallenge(p.get("realm"), p.get("nonce"), p.get("opaque"),
            algorithm.get(), qop, stale));
    }
}
