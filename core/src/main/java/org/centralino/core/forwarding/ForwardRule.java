package org.centralino.core.forwarding;

/**
 * One forwarding rule (unconditional, busy, no answer or unreachable). A disabled rule keeps its target, so a
 * user can switch forwarding off and on again without typing the number again.
 *
 * @param target where calls go; null only when the rule was never given one (then it cannot be enabled)
 */
public record ForwardRule(boolean enabled, ForwardTarget target) {
    /** Off, with no target: the state of every rule of an extension nobody configured. */
    public static final ForwardRule OFF = new ForwardRule(false, null);

    public ForwardRule {
        if (enabled && target == null) {
            throw new IllegalArgumentException("an enabled forwarding rule needs a target");
        }
    }

    /** The target to use now: present only while the rule is enabled. */
    public java.util.Optional<ForwardTarget> active() {
        return enabled ? java.util.Optional.of(target) : java.util.Optional.empty();
    }
}
