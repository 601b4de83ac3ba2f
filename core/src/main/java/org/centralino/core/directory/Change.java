package org.centralino.core.directory;

/**
 * One field of a partial update: either left as it is, or set to a value. For optional fields a value
 * of {@code null} clears the field; for required ones the use case rejects it.
 */
public sealed interface Change<T> {

    /** The field is not part of the update. */
    record Keep<T>() implements Change<T> {
    }

    /** The field becomes {@code value} (which may be null, see the type's comment). */
    record To<T>(T value) implements Change<T> {
    }

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> to(T value) {
        return new To<>(value);
    }

    /** The new value when changed, otherwise {@code current}. */
    default T orElse(T current) {
        return switch (this) {
            case Keep<T> k -> current;
            case To<T> t -> t.value();
        };
    }

    default boolean isChanged() {
        return this instanceof To<T>;
    }
}
