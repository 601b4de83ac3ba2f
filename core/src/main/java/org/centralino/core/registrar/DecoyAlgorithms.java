package org.centralino.core.registrar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * What to challenge a name that is no extension (or a disabled one) with, so that the challenge does not tell
 * a scanner whether the extension exists: each extension is challenged with its own algorithm list (old
 * phones give up on a SHA-256 challenge, so it cannot be one list for all), and an unknown name gets the list
 * of an extension picked by a keyed hash of the name. The same name always gets the same list, and unknown
 * names get each list as often as real extensions have it.
 */
final class DecoyAlgorithms {
    private static final List<DigestAlgorithm> DEFAULT = List.of(DigestAlgorithm.MD5);
    /** How stale the snapshot of the directory's lists may be. */
    private static final Duration REFRESH = Duration.ofSeconds(10);

    private final ExtensionStore extensions;
    private final Clock clock;
    private final long salt = new SecureRandom().nextLong();
    private volatile List<List<DigestAlgorithm>> profiles = List.of();
    private volatile Instant takenAt = Instant.MIN;

    DecoyAlgorithms(ExtensionStore extensions, Clock clock) {
        this.extensions = extensions;
        this.clock = clock;
    }

    List<DigestAlgorithm> algorithmsFor(String name) {
        List<List<DigestAlgorithm>> snapshot = snapshot();
        if (snapshot.isEmpty()) {
            return DEFAULT;
        }
        long h = salt ^ name.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return snapshot.get((int) Math.floorMod(h, (long) snapshot.size()));
    }

    private List<List<DigestAlgorithm>> snapshot() {
        Instant now = clock.instant();
        if (now.isAfter(takenAt.plus(REFRESH))) {
            List<List<DigestAlgorithm>> lists = new ArrayList<>();
            for (Extension e : extensions.list()) {
                if (e.enabled() && !e.digestAlgorithms().isEmpty()) {
                    lists.add(e.digestAlgorithms());
                }
            }
            profiles = List.copyOf(lists);
            takenAt = now;
        }
        return profiles;
    }
}
