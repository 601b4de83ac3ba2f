package org.centralino.core.version;

/**
 * A change was made against a version of a resource that is no longer the stored one: someone else changed it in
 * between. The web layer answers 412 {@code precondition_failed}; the client reloads and decides again.
 */
public class VersionMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long current;

    /** @param current the stored version now, or -1 when a concurrent writer won and it is not known */
    public VersionMismatchException(String what, long current) {
        this(what + " has changed since it was read" + (current >= 0 ? " (it is at version " + current + " now)" : "")
            + "; read it again and repeat the change against the new version", current, null);
    }

    /** For subclasses that word the message themselves; {@code unused} only tells this constructor apart. */
    protected VersionMismatchException(String message, long current, Void unused) {
        super(message);
        this.current = current;
    }

    /** The stored version now (for the answer's ETag), or -1 when not known. */
    public long current() {
        return current;
    }
}
