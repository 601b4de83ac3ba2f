package org.centralino.core.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.MutableClock;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.InMemoryExtensionStore;
import org.centralino.sip.auth.DigestAlgorithm;
import org.junit.jupiter.api.Test;

class DecoyAlgorithmsTest {
    private static final List<DigestAlgorithm> MD5 = List.of(DigestAlgorithm.MD5);
    private static final List<DigestAlgorithm> SHA_FIRST = List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final InMemoryExtensionStore store = new InMemoryExtensionStore();

    private void add(String number, List<DigestAlgorithm> algorithms) {
        store.create(new Extension(number, "N" + number, null, null, algorithms, Map.of(), true,
            Extension.DEFAULT_RING_TIMEOUT_SECONDS, null, clock.instant(), clock.instant(), 1));
    }

    @Test
    void unknownNamesGetTheListsRealExtensionsHaveAndTheSameNameAlwaysTheSameList() {
        add("1001", MD5);
        add("1002", SHA_FIRST);
        DecoyAlgorithms decoy = new DecoyAlgorithms(store, clock);

        Set<List<DigestAlgorithm>> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(decoy.algorithmsFor("9" + i));
        }
        assertThat(seen).containsExactlyInAnyOrder(MD5, SHA_FIRST);
        assertThat(decoy.algorithmsFor("9999")).isEqualTo(decoy.algorithmsFor("9999"));
    }

    @Test
    void anEmptyDirectoryChallengesWithMd5() {
        assertThat(new DecoyAlgorithms(store, clock).algorithmsFor("1001")).isEqualTo(MD5);
    }
}
