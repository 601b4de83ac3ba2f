package org.centralino.core.validation;

/**
 * An update or delete that named a version (HTTP {@code If-Match}) which is no longer the stored one: someone
 * else changed the entity in between. The web layer answers it with 412.
 */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String entity, long expected, long current) {
        super(entity + " was changed meanwhile: you sent version " + expected + ", the current one is " + current
            + "; read it again and retry");
    }

    /** The compare-and-set of the store failed after the check: another writer was faster. */
    public StaleVersionException(String entity) {
        super(entity + " was changed by another request at the same time; read it again and retry");
    }
}
