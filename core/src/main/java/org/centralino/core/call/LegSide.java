package org.centralino.core.call;

/** Which side of the call a leg is on: the caller's leg A, or a fork towards the callee. */
public enum LegSide {
    CALLER, CALLEE
}
