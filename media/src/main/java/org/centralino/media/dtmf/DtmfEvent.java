package org.centralino.media.dtmf;

import java.util.Objects;

/**
 * One key press, the one type applications receive whichever way the phone sent it, so that readDigits and
 * relaying to the other leg need not know the method.
 *
 * @param key            0-9, *, #, A-D, or {@link DtmfKeys#FLASH}
 * @param durationMillis how long the key was held (0 when the method does not tell)
 * @param source         how it reached us
 */
public record DtmfEvent(char key, int durationMillis, DtmfSource source) {
    public DtmfEvent {
        Objects.requireNonNull(source, "source");
        if (DtmfKeys.eventOf(key) < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a DTMF key (0-9, *, #, A-D, !)");
        }
        if (durationMillis < 0) {
            throw new IllegalArgumentException("negative DTMF duration " + durationMillis + " ms");
        }
        key = Character.toUpperCase(key);
    }
}
