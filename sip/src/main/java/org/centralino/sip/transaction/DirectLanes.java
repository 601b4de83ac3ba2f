package org.centralino.sip.transaction;

/** Runs every task at once on the caller's thread: for single-threaded tests on a manual clock. */
public final class DirectLanes implements Lanes {
    @Override
    public void execute(String key, Runnable task) {
        task.run();
    }

    @Override
    public boolean inLane(String key) {
        return true;
    }
}
