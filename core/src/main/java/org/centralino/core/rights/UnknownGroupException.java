package org.centralino.core.rights;

/** No group with that id. */
public class UnknownGroupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownGroupException(String id) {
        super("no group with id '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
}
