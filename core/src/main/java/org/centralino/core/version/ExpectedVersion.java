package org.centralino.core.version;

import java.util.Set;

/**
 * The version of a resource a client's change was made against (optimistic concurrency): the web layer reads it
 * from {@code If-Match}, the use case checks it against the stored version under its write, and the store repeats
 * the check in the UPDATE (compare-and-set), so two writers holding the same version cannot both win.
 */
public sealed interface ExpectedVersion {

    /** No precondition: the client sent no {@code If-Match} or {@code If-Match: *} (the resource exists). */
    record Any() implements ExpectedVersion {
    }

    /**
     * The change applies only while the stored version is one of these; empty when the client named only tags that
     * can never match (weak ones, or not ours), which fails like a stale one.
     */
    record OneOf(Set<Long> versions) implements ExpectedVersion {
        public OneOf {
            versions = Set.copyOf(versions);
        }
    }

    static ExpectedVersion any() {
        return new Any();
    }

    static ExpectedVersion of(long version) {
        return new OneOf(Set.of(version));
    }

    default boolean matches(long current) {
        return switch (this) {
            case Any a -> true;
            case OneOf o -> o.versions().contains(current);
        };
    }

    /**
     * @param what the resource, for the message ("extension 1001")
     * @throws VersionMismatchException when {@code current} does not match
     */
    default void check(String what, long current) {
        if (!matches(current)) {
            throw new VersionMismatchException(what, current);
        }
    }
}
