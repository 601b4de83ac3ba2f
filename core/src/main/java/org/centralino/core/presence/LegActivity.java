package org.centralino.core.presence;

import org.centralino.core.call.LegSide;
import org.centralino.core.call.LegState;

/** What one call leg means for the presence of the extension it belongs to. */
public enum LegActivity {
    /** A fork towards one of the extension's devices that has not been answered yet. */
    RINGING,
    /** The extension talks on this leg, holds or is held, or is dialling out on it. */
    BUSY;

    /**
     * What a leg in {@code state} means for its extension, or null when it means nothing any more (over, being
     * hung up, or not started). The caller's leg is busy from the INVITE on: the person is dialling or talking.
     */
    public static LegActivity of(LegSide side, LegState state) {
        return switch (state) {
            case LegState.Idle _, LegState.Ending _, LegState.Ended _ -> null;
            case LegState.Calling _, LegState.Ringing _, LegState.EarlyMedia _ ->
                side == LegSide.CALLER ? BUSY : RINGING;
            case LegState.Answered _, LegState.Held _ -> BUSY;
        };
    }
}
