package org.centralino.core.call;

/** How a call ended for the caller, in the terms of a call record (issue 3, "Call records"). */
public enum Disposition {
    ANSWERED, NO_ANSWER, BUSY, FAILED, CANCELLED
}
