package org.centralino.core.forwarding;

import java.util.Objects;

/**
 * Where one forwarding rule sends calls.
 *
 * @param number the extension or dialable number for {@link TargetType#EXTENSION} and {@link TargetType#NUMBER};
 *               null for {@link TargetType#MOBILE} and {@link TargetType#VOICEMAIL}, which the extension implies
 */
public record ForwardTarget(TargetType type, String number) {
    public ForwardTarget {
        Objects.requireNonNull(type, "type");
        if (type.hasNumber() != (number != null)) {
            throw new IllegalArgumentException("a " + type.wireName() + " target "
                + (type.hasNumber() ? "needs a number" : "has no number, but got " + number));
        }
    }

    public static ForwardTarget voicemail() {
        return new ForwardTarget(TargetType.VOICEMAIL, null);
    }

    public static ForwardTarget mobile() {
        return new ForwardTarget(TargetType.MOBILE, null);
    }

    public static ForwardTarget extension(String number) {
        return new ForwardTarget(TargetType.EXTENSION, number);
    }

    public static ForwardTarget number(String number) {
        return new ForwardTarget(TargetType.NUMBER, number);
    }
}
