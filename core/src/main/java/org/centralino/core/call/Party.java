package org.centralino.core.call;

/** A side of a call: the caller (leg A), the callee (a fork), or the PBX itself (timeouts, routing failures). */
public enum Party {
    CALLER, CALLEE, PBX
}
