package org.centralino.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The worked examples of RFC 2617 §3.5 (MD5) and RFC 7616 §3.9.1 (SHA-256 and MD5), byte for byte. */
class RfcDigestVectorsTest {

    @Test
    void rfc2617_section_3_5_md5_response_matches_the_rfc() {
        String ha1 = DigestAlgorithm.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        String response = DigestMath.response(DigestAlgorithm.MD5, ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            "00000001", "0a4f113b", "auth", DigestMath.ha2(DigestAlgorithm.MD5, "GET", "/dir/index.html"));

        assertThat(response).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void rfc2617_section_3_5_authorization_header_parses_to_its_fields() {
        String header = """
            Digest username="Mufasa",
                             realm="testrealm@host.com",
                             nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",
                             uri="/dir/index.html",
                             qop=auth,
                             nc=00000001,
                             cnonce="0a4f113b",
                             response="6629fae49393a05397450978507c4ef1",
                             opaque="5ccc069c403ebaf9f0171e9517f40e41\"""";

        DigestCredentials c = parsed(DigestCredentials.parse(header));

        assertThat(c).isEqualTo(new DigestCredentials("Mufasa", "testrealm@host.com",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093", "/dir/index.html", "6629fae49393a05397450978507c4ef1",
            DigestAlgorithm.MD5, "0a4f113b", "00000001", "auth", "5ccc069c403ebaf9f0171e9517f40e41"));
        assertThat(c.ncValue()).isEqualTo(1);
    }

    @Test
    void rfc2617_section_3_5_client_produces_the_rfc_response() {
        DigestChallenge challenge = new DigestChallenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            "5ccc069c403ebaf9f0171e9517f40e41", DigestAlgorithm.MD5, List.of("auth", "auth-int"), false);

        String value = DigestClient.answer(challenge, "Mufasa", "Circle Of Life", "GET", "/dir/index.html",
            "0a4f113b", 1);

        DigestCredentials c = parsed(DigestCredentials.parse(value));
        assertThat(c.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
        assertThat(c.nc()).isEqualTo("00000001");
        assertThat(c.opaque()).isEqualTo("5ccc069c403ebaf9f0171e9517f40e41");
    }

    @Test
    void rfc7616_section_3_9_1_sha256_and_md5_responses_match_the_rfc() {
        String sha = rfc7616Response(DigestAlgorithm.SHA_256);
        String md5 = rfc7616Response(DigestAlgorithm.MD5);

        assertThat(sha).isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
        assertThat(md5).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void rfc7616_section_3_9_1_challenges_parse_and_the_client_answers_the_topmost() {
        List<String> challenges = List.of("""
            Digest
                realm="http-auth@example.org",
                qop="auth, auth-int",
                algorithm=SHA-256,
                nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
                opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"""", """
            Digest
                realm="http-auth@example.org",
                qop="auth, auth-int",
                algorithm=MD5,
                nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
                opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"""");

        DigestChallenge top = parsed(DigestChallenge.parse(challenges.getFirst()));
        String answer = DigestClient.answer(top, "Mufasa", "Circle of Life", "GET", "/dir/index.html",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", 1);

        assertThat(top.qop()).containsExactly("auth", "auth-int");
        assertThat(parsed(DigestCredentials.parse(answer)).response())
            .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
        assertThat(new DigestClient("Mufasa", "Circle of Life", new Random(1))
            .authorize(challenges, "GET", "/dir/index.html")).contains("algorithm=SHA-256");
    }

    private static String rfc7616Response(DigestAlgorithm a) {
        String ha1 = a.ha1("Mufasa", "http-auth@example.org", "Circle of Life");
        return DigestMath.response(a, ha1, "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth", DigestMath.ha2(a, "GET", "/dir/index.html"));
    }

    static <T> T parsed(ParseResult<T> result) {
        if (result instanceof ParseResult.Parsed<T>(T value)) {
            return value;
        }
        throw new AssertionError("expected a parsed value, got " + result);
    }
}
