package org.centralino.core.presence;

import java.util.Objects;

/**
 * Do-not-disturb of an extension was switched on or off (from the web, the API or a phone code). The forwarding
 * feature publishes it after it has stored the change, and at start-up once per extension whose DND is on, so
 * that presence shows {@link PresenceState#DND} from the first moment; presence only reads it.
 */
public record DndChanged(String extension, boolean dnd) {
    public DndChanged {
        Objects.requireNonNull(extension, "extension");
    }
}
