package org.centralino.core.rights;

import java.util.List;
import java.util.Optional;

/** Where groups live. A method that returns has committed its write. */
public interface GroupStore {
    /** Every group, ordered by name. */
    List<Group> list();

    Optional<Group> find(String id);

    /** Inserts; throws {@link DuplicateGroupException} when the name is taken. */
    Group create(Group group);

    /**
     * Replaces the group (name, members, rights) if its stored version is still {@code group.version()} and returns
     * it with the version grown by one; empty when the group is gone or was changed meanwhile. Throws
     * {@link DuplicateGroupException} when the new name is taken.
     */
    Optional<Group> update(Group group);

    /** False when there was none. */
    boolean delete(String id);

    /**
     * Deletes the group if its stored version is still {@code version} (compare-and-set); false when there was none.
     *
     * @throws org.centralino.core.version.VersionMismatchException when it is at another version
     */
    boolean delete(String id, long version);
}
