package org.centralino.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The fingerprint is a keyed hash: stable for one key, different for another, never the plain SHA-256. */
class RequestFingerprintsTest {
    static final byte[] BODY = "{\"currentPassword\":\"old-password-1\",\"newPassword\":\"new-password-1\"}"
        .getBytes(StandardCharsets.UTF_8);

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void theSameRequestUnderTheSameKeyHasTheSameFingerprint() {
        assertThat(new RequestFingerprints(key(1)).of("POST /api/v1/me/password", BODY))
            .isEqualTo(new RequestFingerprints(key(1)).of("POST /api/v1/me/password", BODY))
            .hasSize(64);
    }

    @Test
    void anotherKeyAnotherPathOrAnotherBodyGiveAnotherFingerprint() {
        String fp = new RequestFingerprints(key(1)).of("POST /api/v1/me/password", BODY);
        assertThat(new RequestFingerprints(key(2)).of("POST /api/v1/me/password", BODY)).isNotEqualTo(fp);
        assertThat(new RequestFingerprints(key(1)).of("POST /api/v1/users", BODY)).isNotEqualTo(fp);
        assertThat(new RequestFingerprints(key(1)).of("POST /api/v1/me/password", new byte[] {'{', '}'}))
            .isNotEqualTo(fp);
    }

    @Test
    void itIsNotThePlainSha256OfTheRequest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("POST /api/v1/me/password\n".getBytes(StandardCharsets.UTF_8));
        String plain = HexFormat.of().formatHex(sha.digest(BODY));
        assertThat(new RequestFingerprints(key(1)).of("POST /api/v1/me/password", BODY)).isNotEqualTo(plain);
    }

    @Test
    void theDerivedKeyIsHmacOfTheServerSecretAndTheLabel() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key(7), "HmacSHA256"));
        byte[] derived = mac.doFinal(RequestFingerprints.DERIVATION_LABEL.getBytes(StandardCharsets.UTF_8));
        assertThat(RequestFingerprints.derivedFrom(key(7)).of("POST /x", BODY))
            .isEqualTo(new RequestFingerprints(derived).of("POST /x", BODY))
            .as("the server secret itself is not the fingerprint key")
            .isNotEqualTo(new RequestFingerprints(key(7)).of("POST /x", BODY));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new RequestFingerprints(new byte[16]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes, got 16");
    }
}
