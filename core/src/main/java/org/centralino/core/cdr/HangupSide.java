package org.centralino.core.cdr;

/** Who ended the call. */
public enum HangupSide {
    /** The caller sent BYE or CANCEL. */
    CALLER,
    /** The callee sent BYE, or every callee refused the call. */
    CALLEE,
    /** The PBX ended it: ring timeout, RTP timeout, a leg that vanished, shutdown, an error. */
    SYSTEM
}
