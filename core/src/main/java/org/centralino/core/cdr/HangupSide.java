package org.centralino.core.cdr;

/** Who ended the call. */
public enum HangupSide {
    /** The caller sent BYE or CANCEL, or the caller's leg vanished (no ACK, transport failure, no RTP). */
    CALLER,
    /** The callee sent BYE, every callee refused the call, or the callee's leg vanished. */
    CALLEE,
    /** The PBX ended it by its own rule: unknown number, nobody registered, ring timeout, shutdown, an error. */
    SYSTEM
}
