package org.centralino.core.forwarding;

import org.centralino.core.version.VersionMismatchException;

/** A change made against a version of the settings that is no longer the current one (the API answers 412). */
public final class StaleForwardingException extends VersionMismatchException {
    private static final long serialVersionUID = 1L;

    public StaleForwardingException(String extension, long current) {
        super("the forwarding settings of extension " + extension + " have changed: they are at version " + current
            + "; read them again and repeat the change", current, null);
    }
}
