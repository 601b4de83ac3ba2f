package org.centralino.core.cdr;

/** The calls of one extension seen from it: which ones a call history shows. */
public enum CallDirection {
    /** Calls to the extension (it was dialled, or it answered), answered or not. */
    IN,
    /** Calls the extension made. */
    OUT,
    /** Calls to the extension that it did not answer (nobody did, or another phone picked them up). */
    MISSED
}
