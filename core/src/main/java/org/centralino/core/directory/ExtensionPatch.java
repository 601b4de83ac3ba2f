package org.centralino.core.directory;

import java.util.List;
import java.util.Objects;

/**
 * A partial update of an extension. {@code email} and {@code mobile} may be changed to null to clear
 * them, {@code mohClass} to null to go back to the default music-on-hold class; the other fields are required
 * and a change to null is a validation error.
 */
public record ExtensionPatch(
    Change<String> name,
    Change<String> email,
    Change<String> mobile,
    Change<String> sipPassword,
    Change<List<String>> digestAlgorithms,
    Change<Boolean> enabled,
    Change<Integer> ringTimeoutSeconds,
    Change<String> mohClass) {

    public ExtensionPatch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(sipPassword, "sipPassword");
        Objects.requireNonNull(digestAlgorithms, "digestAlgorithms");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(ringTimeoutSeconds, "ringTimeoutSeconds");
        Objects.requireNonNull(mohClass, "mohClass");
    }

    /** A patch that changes nothing; start from it with the withers. */
    public static ExtensionPatch none() {
        return new ExtensionPatch(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
            Change.keep(), Change.keep(), Change.keep());
    }

    public ExtensionPatch withName(String v) {
        return new ExtensionPatch(Change.to(v), email, mobile, sipPassword, digestAlgorithms, enabled,
            ringTimeoutSeconds, mohClass);
    }

    public ExtensionPatch withEmail(String v) {
        return new ExtensionPatch(name, Change.to(v), mobile, sipPassword, digestAlgorithms, enabled,
            ringTimeoutSeconds, mohClass);
    }

    public ExtensionPatch withMobile(String v) {
        return new ExtensionPatch(name, email, Change.to(v), sipPassword, digestAlgorithms, enabled,
            ringTimeoutSeconds, mohClass);
    }

    public ExtensionPatch withSipPassword(String v) {
        return new ExtensionPatch(name, email, mobile, Change.to(v), digestAlgorithms, enabled, ringTimeoutSeconds,
            mohClass);
    }

    public ExtensionPatch withDigestAlgorithms(List<String> v) {
        return new ExtensionPatch(name, email, mobile, sipPassword, Change.to(v), enabled, ringTimeoutSeconds,
            mohClass);
    }

    public ExtensionPatch withEnabled(Boolean v) {
        return new ExtensionPatch(name, email, mobile, sipPassword, digestAlgorithms, Change.to(v),
            ringTimeoutSeconds, mohClass);
    }

    public ExtensionPatch withRingTimeoutSeconds(Integer v) {
        return new ExtensionPatch(name, email, mobile, sipPassword, digestAlgorithms, enabled, Change.to(v),
            mohClass);
    }

    public ExtensionPatch withMohClass(String v) {
        return new ExtensionPatch(name, email, mobile, sipPassword, digestAlgorithms, enabled, ringTimeoutSeconds,
            Change.to(v));
    }
}
