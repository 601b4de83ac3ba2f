package org.centralino.core.directory;

/** An extension number that is already taken. */
public class DuplicateExtensionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateExtensionException(String number) {
        super("extension " + number + " already exists");
    }
}
