package org.centralino.core.app;

/**
 * A telephony application a dialled number can reach (voicemail, IVR, an echo test): sequential code on its own
 * virtual thread (DESIGN.md §2 "Applications are sequential code"), driving the caller through a {@link Channel}.
 * When the caller hangs up, the channel's next blocking call throws {@link HangupException}; returning (or
 * throwing anything) ends the call.
 */
@FunctionalInterface
public interface Application {
    void run(Channel channel) throws Exception;
}
