package org.centralino.core.cdr;

/** How a call ended, from the caller's point of view; the usual CDR dispositions of a PBX. */
public enum Disposition {
    /** Someone answered (a 2xx reached the caller); the only disposition with an answer time. */
    ANSWERED,
    /** Nobody answered within the ring timeout (480/408 to the caller). */
    NO_ANSWER,
    /** Every callee contact was busy or rejected the call (486/600/603). */
    BUSY,
    /** The call could not be set up: unknown number, not registered, no common codec, an error. */
    FAILED,
    /** The caller hung up (CANCEL) before anyone answered. */
    CANCELLED
}
