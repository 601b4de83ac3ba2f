package org.centralino.core.forwarding;

import java.util.Objects;
import org.centralino.core.directory.Change;

/**
 * A partial update of one forwarding rule: each part is kept or changed. A changed target replaces the old one
 * whole; {@code null} removes it (only allowed while the rule is off).
 */
public record RulePatch(Change<Boolean> enabled, Change<TargetInput> target) {
    public static final RulePatch KEEP = new RulePatch(Change.keep(), Change.keep());

    public RulePatch {
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(target, "target");
    }

    boolean touches() {
        return enabled.isChanged() || target.isChanged();
    }
}
