package org.centralino.sip.transaction;

/**
 * Runs work in order per key (the Call-ID): everything for one call happens on one lane, one task at a time,
 * so transactions and dialogs need no locks (DESIGN.md "Threads and state").
 */
public interface Lanes {
    void execute(String key, Runnable task);

    /** True when the calling thread is the lane that owns {@code key}. */
    boolean inLane(String key);

    /** How many tasks wait on the lane that owns {@code key}: the measure of overload. */
    default int backlog(String key) {
        return 0;
    }

    /**
     * True when both keys run on the same lane. A B2BUA picks the Call-IDs of the legs it creates so that they
     * share the lane of the call's first leg: one call, one lane, no locks (DESIGN.md "Threads and state").
     */
    default boolean sameLane(String a, String b) {
        return true;
    }
}
