package org.centralino.core.directory;

/** An extension number that does not exist. */
public class UnknownExtensionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownExtensionException(String number) {
        super("extension " + number + " does not exist");
    }
}
