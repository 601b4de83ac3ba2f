package org.centralino.core.rights;

/** A group name that is already taken (names are what administrators pick groups by). */
public class DuplicateGroupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateGroupException(String name) {
        super("a group named '" + name + "' already exists");
    }
}
