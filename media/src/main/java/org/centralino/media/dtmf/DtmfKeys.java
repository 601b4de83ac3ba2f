package org.centralino.media.dtmf;

/**
 * The DTMF keys and their RFC 4733 event codes (§3.2, table 1): 0-9 are the digits, 10 is '*', 11 '#', 12-15
 * 'A'-'D', 16 is the hook flash. Keys are chars throughout the media engine, as {@link DtmfDetector} reports
 * them; flash is written {@value #FLASH} (the character SIP INFO {@code dtmf-relay} bodies use for it).
 */
public final class DtmfKeys {
    /** The character that stands for a hook flash (event 16). */
    public static final char FLASH = '!';
    /** The highest RFC 4733 event code that is a key (16, flash); codes above are tones or line events. */
    public static final int MAX_KEY_EVENT = 16;
    private static final String BY_EVENT = "0123456789*#ABCD!";

    private DtmfKeys() {
    }

    /** Whether {@code event} is a DTMF key or flash (0-16). */
    public static boolean isKey(int event) {
        return event >= 0 && event <= MAX_KEY_EVENT;
    }

    /**
     * The key of an RFC 4733 event code.
     *
     * @throws IllegalArgumentException when the event is not a key (above 16: tones and line events, §3.2)
     */
    public static char keyOf(int event) {
        if (!isKey(event)) {
            throw new IllegalArgumentException("RFC 4733 event " + event + " is not a DTMF key (0-16)");
        }
        return BY_EVENT.charAt(event);
    }

    /** The event code of a key (0-9, *, #, A-D in either case, '!' for flash), or -1 when it is none. */
    public static int eventOf(char key) {
        return BY_EVENT.indexOf(Character.toUpperCase(key));
    }
}
