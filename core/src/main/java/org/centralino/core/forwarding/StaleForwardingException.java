package org.centralino.core.forwarding;

/** A change made against a version of the settings that is no longer the current one (the API answers 412). */
public final class StaleForwardingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long current;

    public StaleForwardingException(String extension, long expected, long current) {
        super("the forwarding settings of extension " + extension + " are at version " + current + ", not "
            + expected + "; read them again and repeat the change");
        this.current = current;
    }

    public long current() {
        return current;
    }
}
