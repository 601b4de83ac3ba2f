package org.centralino.sip.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Digest credentials of an Authorization or Proxy-Authorization header value (RFC 3261 §22.4,
 * RFC 7616 §3.4, RFC 8760). Values are unescaped. {@code cnonce}, {@code nc}, {@code qop} and {@code opaque} are
 * null when absent; {@code nc} is kept as written because the response hash covers its exact text.
 * The RFC 7616 {@code userhash} and {@code charset} parameters are not supported (ignored, as unknown
 * parameters must be): SIP usernames are extension numbers and HA1 is stored over UTF-8.
 */
public record DigestCredentials(
    String username,
    String realm,
    String nonce,
    String uri,
    String response,
    DigestAlgorithm algorithm,
    String cnonce,
    String nc,
    String qop,
    String opaque) {

    /** nc-value = 8LHEX (RFC 7616 §3.4); we accept 1 to 8 hex digits of either case. */
    static final int MAX_NC_DIGITS = 8;

    public DigestCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * Parses a credentials header value. The scheme must be Digest; username, realm, nonce, uri and response are
     * required; an absent algorithm means MD5 (RFC 7616 §3.4); with qop, cnonce and nc are required and nc must be
     * hexadecimal. Unknown parameters are ignored.
     */
    public static ParseResult<DigestCredentials> parse(String headerValue) {
        return switch (AuthParams.parse(headerValue, "Digest")) {
            case ParseResult.Malformed<AuthParams.Parsed>(String reason) -> ParseResult.malformed(reason);
            case ParseResult.Parsed<AuthParams.Parsed>(AuthParams.Parsed parsed) -> fromParams(parsed.params());
        };
    }

    private static ParseResult<DigestCredentials> fromParams(Map<String, String> p) {
        for (String required : new String[] {"username", "realm", "nonce", "uri", "response"}) {
            if (p.get(required) == null) {
                return ParseResult.malformed("Digest credentials lack the " + required + " parameter");
            }
        }
        String algorithmToken = p.getOrDefault("algorithm", DigestAlgorithm.MD5.token());
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.fromToken(algorithmToken);
        if (algorithm.isEmpty()) {
            return ParseResult.malformed("unsupported digest algorithm '" + algorithmToken + "'");
        }
        String qop = p.get("qop");
        String nc = p.get("nc");
        if (qop != null && (p.get("cnonce") == null || nc == null)) {
            return ParseResult.malformed("qop=" + qop + " requires cnonce and nc (RFC 7616 §3.4)");
        }
        if (nc != null && parseNc(nc) < 0) {
            return ParseResult.malformed("nc '" + nc + "' is not 1 to 8 hex digits");
        }
        return ParseResult.parsed(new DigestCredentials(p.get("username"), p.get("realm"), p.get("nonce"),
            p.get("uri"), p.get("response"), algorithm.get(), p.get("cnonce"), nc, qop, p.get("opaque")));
    }

    /** The nonce count as a number, or -1 when absent or not 1 to 8 hex digits. */
    public long ncValue() {
        return nc == null ? -1 : parseNc(nc);
    }

    static long parseNc(String nc) {
        if (nc.isEmpty() || nc.length() > MAX_NC_DIGITS) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < nc.length(); i++) {
            int d = Character.digit(nc.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
