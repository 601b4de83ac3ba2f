package org.centralino.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.auth.RfcDigestVectorsTest.parsed;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestChallengeTest {

    @Test
    void header_value_has_every_parameter_and_stale_only_when_set() {
        DigestChallenge c = new DigestChallenge("pbx.example.com", "abc", "op", DigestAlgorithm.MD5,
            List.of("auth"), false);

        assertThat(c.toHeaderValue()).isEqualTo(
            "Digest realm=\"pbx.example.com\", nonce=\"abc\", opaque=\"op\", algorithm=MD5, qop=\"auth\"");
        assertThat(new DigestChallenge("r", "n", null, DigestAlgorithm.SHA_256, List.of("auth"), true)
            .toHeaderValue()).isEqualTo("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256, qop=\"auth\", stale=true");
    }

    @Test
    void realm_with_quotes_is_escaped_and_parses_back() {
        DigestChallenge c = new DigestChallenge("a \"quoted\" \\ realm", "n", "o", DigestAlgorithm.SHA_256,
            List.of("auth"), true);

        assertThat(parsed(DigestChallenge.parse(c.toHeaderValue()))).isEqualTo(c);
    }

    @Test
    void absent_algorithm_means_md5_and_absent_qop_is_empty() {
        DigestChallenge c = parsed(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\""));

        assertThat(c.algorithm()).isEqualTo(DigestAlgorithm.MD5);
        assertThat(c.qop()).isEmpty();
        assertThat(c.stale()).isFalse();
        assertThat(c.opaque()).isNull();
    }

    @Test
    void stale_is_case_insensitive_and_unknown_algorithms_are_refused() {
        assertThat(parsed(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", stale=TRUE")).stale()).isTrue();
        assertThat(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"))
            .isInstanceOf(ParseResult.Malformed.class);
        assertThat(DigestChallenge.parse("Digest realm=\"r\"")).isInstanceOf(ParseResult.Malformed.class);
    }
}
