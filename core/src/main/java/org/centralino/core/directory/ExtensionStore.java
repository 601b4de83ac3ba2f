package org.centralino.core.directory;

import java.util.List;
import java.util.Optional;

/**
 * Where extensions live. Implementations are durable: a method that returns has committed its write.
 * {@link #find} is on the registrar's hot path and must answer from memory.
 */
public interface ExtensionStore {
    Optional<Extension> find(String number);

    /** Every extension, ordered by number. */
    List<Extension> list();

    /** Inserts a new extension; throws {@link DuplicateExtensionException} when the number is taken. */
    Extension create(Extension extension);

    /**
     * Replaces an existing extension's data if the stored version is still {@code extension.version()}
     * (compare-and-set) and returns it at the next version.
     *
     * @throws UnknownExtensionException when absent
     * @throws org.centralino.core.version.VersionMismatchException when another write changed it in between
     */
    Extension update(Extension extension);

    /** Deletes; false when there was none. */
    boolean delete(String number);

    /**
     * Deletes if the stored version is still {@code version}; false when there was none.
     *
     * @throws org.centralino.core.version.VersionMismatchException when it is at another version
     */
    boolean delete(String number, long version);
}
