package org.centralino.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.centralino.core.secret.SecretGenerator;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), new SecretGenerator(new SecureRandom()));

    @Test
    void hashIsPhcArgon2idAndVerifies() {
        String phc = hasher.hash("correct horse");
        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse", phc)).isTrue();
        assertThat(hasher.verify("correct horsE", phc)).isFalse();
        assertThat(hasher.hash("correct horse")).isNotEqualTo(phc); // fresh salt each time
    }

    /** Vectors from the reference implementation: Debian's argon2 CLI (argon2 SALT -id -t T -k M -p P -e). */
    @Test
    void verifiesHashesOfTheReferenceImplementation() {
        assertThat(hasher.verify("correct horse battery staple",
            "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0MTIzNA$qIBWEI8Gl6YgWfE2bs7OUCM6SbtHA21yinpnMIEcZf8")).isTrue();
        assertThat(hasher.verify("pässwörd",
            "$argon2id$v=19$m=4096,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$OoYN4UbeqJ/F2hhKNB03D/f7jJA6o6QNW4H7kzyPxV0")).isTrue();
        assertThat(hasher.verify("passwörd",
            "$argon2id$v=19$m=4096,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$OoYN4UbeqJ/F2hhKNB03D/f7jJA6o6QNW4H7kzyPxV0")).isFalse();
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        for (String bad : new String[] {"", "plain", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=x,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1024,t=1,p=1$!!!$aGFzaGhhc2hoYXNoaGFzaA"}) {
            assertThat(hasher.verify("x", bad)).as(bad).isFalse();
        }
        assertThat(hasher.verify(null, hasher.hash("x"))).isFalse();
    }
}
