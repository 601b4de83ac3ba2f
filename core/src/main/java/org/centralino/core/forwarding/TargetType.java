package org.centralino.core.forwarding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a forwarded call goes (F4: to an extension, a number, the mobile or voicemail). */
public enum TargetType {
    /** Another extension of this PBX, named by its number. */
    EXTENSION,
    /** Any dialable number (external, through the outbound routes). */
    NUMBER,
    /** The mobile number stored on the forwarding extension, read when the call is forwarded. */
    MOBILE,
    /** The forwarding extension's own voicemail box. */
    VOICEMAIL;

    /** The name on the API: {@code extension}, {@code number}, {@code mobile}, {@code voicemail}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a wire name; empty for anything else (case matters: the API writes lower case). */
    public static Optional<TargetType> ofWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(TargetType::wireName).toList();
    }

    /** Whether a target of this type names its number itself (extension, number) rather than implying it. */
    public boolean hasNumber() {
        return this == EXTENSION || this == NUMBER;
    }
}
