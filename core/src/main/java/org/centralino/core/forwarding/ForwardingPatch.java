package org.centralino.core.forwarding;

import java.util.Objects;
import org.centralino.core.directory.Change;

/**
 * A partial update of an extension's DND and forwarding: what is not given stays as it is.
 *
 * @param noAnswerSeconds the no-answer rule's ring time ({@code noAnswer.afterSeconds} on the API)
 */
public record ForwardingPatch(
    Change<Boolean> dnd,
    RulePatch unconditional,
    RulePatch busy,
    RulePatch noAnswer,
    Change<Integer> noAnswerSeconds,
    RulePatch unreachable) {

    public ForwardingPatch {
        Objects.requireNonNull(dnd, "dnd");
        Objects.requireNonNull(unconditional, "unconditional");
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(noAnswer, "noAnswer");
        Objects.requireNonNull(noAnswerSeconds, "noAnswerSeconds");
        Objects.requireNonNull(unreachable, "unreachable");
    }

    /** Only DND switched: what the DND phone codes and the console's DND button send. */
    public static ForwardingPatch dnd(boolean on) {
        return new ForwardingPatch(Change.to(on), RulePatch.KEEP, RulePatch.KEEP, RulePatch.KEEP, Change.keep(),
            RulePatch.KEEP);
    }
}
