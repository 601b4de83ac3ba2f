package org.centralino.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.auth.RfcDigestVectorsTest.parsed;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestCredentialsParseTest {
    private static final String REQUIRED = "username=\"1001\", realm=\"pbx\", nonce=\"n\", uri=\"sip:pbx\", "
        + "response=\"abc\"";

    @Test
    void escaped_quotes_and_backslashes_in_quoted_strings_are_unescaped() {
        DigestCredentials c = parsed(DigestCredentials.parse(
            "Digest username=\"Mu\\\"fa\\\\sa\", realm=\"a\\,b\", nonce=\"n\", uri=\"sip:pbx\", response=\"abc\""));

        assertThat(c.username()).isEqualTo("Mu\"fa\\sa");
        assertThat(c.realm()).isEqualTo("a,b");
    }

    @Test
    void no_spaces_between_parameters() {
        DigestCredentials c = parsed(DigestCredentials.parse(
            "Digest username=\"1001\",realm=\"pbx\",nonce=\"n\",uri=\"sip:pbx\",response=\"abc\",qop=auth,"
                + "nc=0000000a,cnonce=\"c\""));

        assertThat(c.qop()).isEqualTo("auth");
        assertThat(c.ncValue()).isEqualTo(10);
    }

    @Test
    void scheme_and_parameter_names_are_case_insensitive() {
        DigestCredentials c = parsed(DigestCredentials.parse(
            "dIGEST UserName=\"1001\", REALM=\"pbx\", Nonce=\"n\", URI=\"sip:pbx\", Response=\"abc\""));

        assertThat(c.username()).isEqualTo("1001");
        assertThat(c.uri()).isEqualTo("sip:pbx");
    }

    @Test
    void algorithm_unquoted_quoted_or_absent() {
        assertThat(parsed(DigestCredentials.parse("Digest " + REQUIRED + ", algorithm=sha-256")).algorithm())
            .isEqualTo(DigestAlgorithm.SHA_256);
        assertThat(parsed(DigestCredentials.parse("Digest " + REQUIRED + ", algorithm=\"MD5\"")).algorithm())
            .isEqualTo(DigestAlgorithm.MD5);
        assertThat(parsed(DigestCredentials.parse("Digest " + REQUIRED)).algorithm())
            .isEqualTo(DigestAlgorithm.MD5);
    }

    @Test
    void lws_folding_empty_elements_and_unknown_parameters_are_tolerated() {
        DigestCredentials c = parsed(DigestCredentials.parse(
            "  Digest\tusername = \"1001\" ,\r\n realm=\"pbx\",, nonce=\"n\", uri=sip:pbx;transport=tcp, "
                + "response=\"abc\", x-vendor=\"whatever\", qop=\"auth\", nc=1, cnonce=\"c\","));

        assertThat(c.uri()).isEqualTo("sip:pbx;transport=tcp");
        assertThat(c.qop()).isEqualTo("auth");
        assertThat(c.nc()).isEqualTo("1");
        assertThat(c.opaque()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "Digest",
        "   ",
        "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "Digestusername=\"1001\"",
        "Digest username=\"unterminated, realm=\"pbx\"",
        "Digest username",
        "Digest =\"x\"",
        "Digest username=",
        "Digest username=\"1001\" realm=\"pbx\"",
        "Digest username=\"1001\", username=\"1002\", realm=\"pbx\", nonce=\"n\", uri=\"u\", response=\"r\"",
        "Digest realm=\"pbx\", nonce=\"n\", uri=\"u\", response=\"r\"",
        "Digest username=\"1001\", realm=\"pbx\", nonce=\"n\", uri=\"u\"",
        "Digest username=\"a\\\"",
        "Digest username=\"a\u0000b\", realm=\"pbx\", nonce=\"n\", uri=\"u\", response=\"r\"",
        "Digest username=a\"b, realm=\"pbx\", nonce=\"n\", uri=\"u\", response=\"r\"",
        "\"Digest\" username=\"1001\"",
        "Digest, username=\"1001\""
    })
    void garbage_is_malformed_with_a_reason(String value) {
        ParseResult<DigestCredentials> result = DigestCredentials.parse(value);

        assertThat(result).isInstanceOfSatisfying(ParseResult.Malformed.class,
            m -> assertThat(m.reason()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ", algorithm=MD5-sess",
        ", algorithm=SHA-512-256",
        ", qop=auth, cnonce=\"c\"",
        ", qop=auth, nc=00000001",
        ", qop=auth, nc=0000000g, cnonce=\"c\"",
        ", qop=auth, nc=000000001, cnonce=\"c\""
    })
    void semantic_errors_are_malformed(String suffix) {
        ParseResult<DigestCredentials> result = DigestCredentials.parse("Digest " + REQUIRED + suffix);

        assertThat(result).isInstanceOf(ParseResult.Malformed.class);
    }

    @Test
    void unsupported_scheme_is_named_in_the_reason() {
        ParseResult<DigestCredentials> result = DigestCredentials.parse("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");

        assertThat(result).isEqualTo(ParseResult.malformed("unsupported auth scheme 'Basic', expected Digest"));
    }

    @Test
    void more_than_the_parameter_limit_is_malformed() {
        StringBuilder sb = new StringBuilder("Digest " + REQUIRED);
        for (int i = 0; i < AuthParams.MAX_PARAMS; i++) {
            sb.append(", p").append(i).append("=x");
        }

        assertThat(DigestCredentials.parse(sb.toString())).isInstanceOf(ParseResult.Malformed.class);
    }

    @Test
    void random_input_never_throws() {
        Random random = new Random(42);
        String alphabet = "Digest usrnmae=\",\\\r\n\t abc";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "Digest " : "");
            for (int j = random.nextInt(60); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(DigestCredentials.parse(sb.toString())).isNotNull();
            assertThat(DigestChallenge.parse(sb.toString())).isNotNull();
        }
    }
}
