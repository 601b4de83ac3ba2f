package org.centralino.core.call;

/**
 * Where a call's actions go: the B2BUA implements it (SIP requests and responses, the ring timer as a lane
 * timer feeding {@link CallInput.RingTimeout} back). Called on the call's lane, in the order of the actions;
 * {@link CallAction.Publish} never reaches it (the call publishes on the bus itself).
 */
@FunctionalInterface
public interface CallCommands {
    void execute(CallId call, CallAction action);
}
