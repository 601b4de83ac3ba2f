package org.centralino.core.call;

import org.centralino.core.cdr.CallQuality;

/**
 * Where a call's actions go: the B2BUA implements it (SIP requests and responses, the ring timer as a lane
 * timer feeding {@link CallInput.RingTimeout} back). Called on the call's lane, in the order of the actions;
 * {@link CallAction.Publish} never reaches it (the call publishes on the bus itself).
 */
@FunctionalInterface
public interface CallCommands {
    void execute(CallId call, CallAction action);

    /**
     * The call's media quality now (issue 4): each leg's as the relay last measured it, for the live calls API.
     * Called from any thread, so it must not touch what the lane owns beyond safely published values.
     * {@link CallQuality#NONE} by default (a call without media).
     */
    default CallQuality liveQuality() {
        return CallQuality.NONE;
    }
}
