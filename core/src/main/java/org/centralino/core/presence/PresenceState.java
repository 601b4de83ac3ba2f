package org.centralino.core.presence;

import java.util.Locale;

/**
 * What a colleague or the receptionist sees of one extension (seed 000, "Internal" phonebook tab). Derived by
 * {@link PresenceMachine#state} from the extension's registrations, calls and DND.
 */
public enum PresenceState {
    /** Registered, not on a call, not ringing, no DND. */
    AVAILABLE,
    /** At least one of its devices rings, and it is on no call. */
    RINGING,
    /** On at least one call (talking, on hold, or dialling out). */
    BUSY,
    /** Registered and idle with do-not-disturb on. */
    DND,
    /** No device registered, and no call. */
    OFFLINE;

    /** The wire name: {@code available}, {@code ringing}, {@code busy}, {@code dnd}, {@code offline}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
