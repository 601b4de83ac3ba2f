package org.centralino.core.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A recording an application made with {@link Channel#record}.
 *
 * @param file     the WAV file, complete (written under a temporary name, synced and renamed)
 * @param length   how much audio it holds (trailing silence that ended it excluded)
 * @param end      why it stopped
 */
public record Recording(Path file, Duration length, End end) {
    public enum End {
        /** The caller pressed the key that ends recording (#). */
        KEY,
        /** The caller said nothing for the silence limit. */
        SILENCE,
        /** The maximum length was reached. */
        MAX_LENGTH,
        /** The caller hung up: what was recorded is kept. */
        HANGUP
    }
}
