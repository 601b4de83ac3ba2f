package org.centralino.core.forwarding;

import java.time.Instant;
import java.util.Objects;

/**
 * The DND and call-forwarding state of one extension (F3, F4): one state that the phone codes, the portal, the
 * console and the CTI client all read and write. The PBX applies it when the call features land; until then it
 * is stored and published only. How the rules combine at call time is the call features' business; the intent
 * is DND first (callers get busy or voicemail), then unconditional, then busy / no answer / unreachable.
 *
 * @param noAnswerSeconds how long a call rings before the no-answer rule forwards it
 *                        ({@value #MIN_NO_ANSWER_SECONDS} to {@value #MAX_NO_ANSWER_SECONDS})
 * @param updatedAt       when it last changed; null while the extension still has the defaults
 * @param version         0 while nothing was ever stored for the extension, then +1 per change: the ETag and the
 *                        compare-and-set key
 */
public record ForwardingSettings(
    String extension,
    boolean dnd,
    ForwardRule unconditional,
    ForwardRule busy,
    ForwardRule noAnswer,
    int noAnswerSeconds,
    ForwardRule unreachable,
    Instant updatedAt,
    long version) {

    public static final int MIN_NO_ANSWER_SECONDS = 5;
    public static final int MAX_NO_ANSWER_SECONDS = 120;
    /** Four or five rings: what most PBXs use before "no answer" forwarding. */
    public static final int DEFAULT_NO_ANSWER_SECONDS = 20;

    public ForwardingSettings {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(unconditional, "unconditional");
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(noAnswer, "noAnswer");
        Objects.requireNonNull(unreachable, "unreachable");
        if (noAnswerSeconds < MIN_NO_ANSWER_SECONDS || noAnswerSeconds > MAX_NO_ANSWER_SECONDS) {
            throw new IllegalArgumentException("extension " + extension + ": noAnswerSeconds must be "
                + MIN_NO_ANSWER_SECONDS + " to " + MAX_NO_ANSWER_SECONDS + ", was " + noAnswerSeconds);
        }
        if (version < 0) {
            throw new IllegalArgumentException("extension " + extension + ": version must not be negative");
        }
    }

    /** DND off, every rule off without a target: an extension nobody configured (version 0). */
    public static ForwardingSettings defaults(String extension) {
        return new ForwardingSettings(extension, false, ForwardRule.OFF, ForwardRule.OFF, ForwardRule.OFF,
            DEFAULT_NO_ANSWER_SECONDS, ForwardRule.OFF, null, 0);
    }

    /** The same rules under another version and change time (what the store writes). */
    public ForwardingSettings withVersion(long newVersion, Instant changedAt) {
        return new ForwardingSettings(extension, dnd, unconditional, busy, noAnswer, noAnswerSeconds, unreachable,
            changedAt, newVersion);
    }

    /** Whether the rules (not the version or time) are the same as {@code other}'s. */
    public boolean sameRules(ForwardingSettings other) {
        return dnd == other.dnd && unconditional.equals(other.unconditional) && busy.equals(other.busy)
            && noAnswer.equals(other.noAnswer) && noAnswerSeconds == other.noAnswerSeconds
            && unreachable.equals(other.unreachable);
    }
}
