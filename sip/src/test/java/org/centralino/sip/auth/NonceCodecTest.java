package org.centralino.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NonceCodecTest {
    private static final byte[] SECRET = "0123456789abcdef".getBytes();
    private final NonceCodec codec = new NonceCodec(SECRET, "pbx", new Random(1));

    @Test
    void issued_nonce_is_authentic_and_carries_its_timestamp() {
        String nonce = codec.issue(1_750_000_000_123L);

        assertThat(nonce).hasSize(NonceCodec.ENCODED_LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(codec.check(nonce)).isEqualTo(new NonceCodec.Authentic(1_750_000_000_123L));
    }

    @Test
    void changing_any_character_breaks_the_mac() {
        String nonce = codec.issue(1_750_000_000_000L);
        for (int i = 0; i < nonce.length(); i++) {
            char[] chars = nonce.toCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            assertThat(codec.check(new String(chars))).as("change at %d", i).isInstanceOf(NonceCodec.Forged.class);
        }
    }

    @Test
    void wrong_length_bad_alphabet_other_realm_and_other_secret_are_forged() {
        String nonce = codec.issue(1_750_000_000_000L);

        assertThat(codec.check(nonce + "A")).isInstanceOf(NonceCodec.Forged.class);
        assertThat(codec.check("")).isInstanceOf(NonceCodec.Forged.class);
        assertThat(codec.check("*".repeat(NonceCodec.ENCODED_LENGTH))).isInstanceOf(NonceCodec.Forged.class);
        assertThat(new NonceCodec(SECRET, "other", new Random(1)).check(nonce)).isInstanceOf(NonceCodec.Forged.class);
        assertThat(new NonceCodec("fedcba9876543210".getBytes(), "pbx", new Random(1)).check(nonce))
            .isInstanceOf(NonceCodec.Forged.class);
    }

    @Test
    void opaque_depends_on_secret_and_realm_only() {
        assertThat(codec.opaque()).isEqualTo(new NonceCodec(SECRET, "pbx", new Random(2)).opaque());
        assertThat(codec.opaque()).isNotEqualTo(new NonceCodec(SECRET, "other", new Random(1)).opaque());
    }

    @Test
    void short_secret_is_refused() {
        assertThatThrownBy(() -> new NonceCodec(new byte[8], "pbx", new Random(1)))
            .hasMessageContaining("at least 16 bytes");
    }
}
