package org.centralino.core.forwarding;

import java.util.List;
import java.util.Optional;

/**
 * Where DND and forwarding settings live, one row per extension; an extension without a row has
 * {@link ForwardingSettings#defaults}. Deleting an extension deletes its row. A method that returns has committed.
 */
public interface ForwardingStore {
    /** The stored settings of {@code extension}; empty when it has the defaults. */
    Optional<ForwardingSettings> find(String extension);

    /**
     * Stores {@code next} if the stored version is still {@code next.version()} (0: nothing stored yet), and
     * returns it with the version grown by one; empty when another writer was first (compare-and-set).
     *
     * @throws org.centralino.core.directory.UnknownExtensionException when the extension does not exist (any more)
     */
    Optional<ForwardingSettings> save(ForwardingSettings next);

    /** The extensions that have DND on, ordered by number (presence is told of them at start). */
    List<String> withDnd();
}
