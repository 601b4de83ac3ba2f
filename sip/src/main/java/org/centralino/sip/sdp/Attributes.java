package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The {@code a=} lines of one level (session or media), in their original order. */
public record Attributes(List<Attribute> list) {
    public static final Attributes NONE = new Attributes(List.of());

    public Attributes {
        list = List.copyOf(Objects.requireNonNull(list, "list"));
    }

    public static Attributes of(Attribute... attributes) {
        return new Attributes(List.of(attributes));
    }

    public boolean has(String name) {
        return list.stream().anyMatch(a -> a.is(name));
    }

    /** The value of the first attribute with this name; an empty string for a property attribute. */
    public Optional<String> first(String name) {
        return list.stream().filter(a -> a.is(name)).findFirst().map(a -> a.isProperty() ? "" : a.value());
    }

    /** The values of every attribute with this name, in order (property attributes give ""). */
    public List<String> all(String name) {
        return list.stream().filter(a -> a.is(name)).map(a -> a.isProperty() ? "" : a.value()).toList();
    }

    /** The direction attribute at this level, if any (the parser refuses conflicting ones). */
    public Optional<Direction> direction() {
        for (Attribute a : list) {
            Optional<Direction> d = Direction.fromAttributeName(a.name());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The distinct direction attributes at this level (more than one is a conflict). */
    List<Direction> directions() {
        return list.stream().flatMap(a -> Direction.fromAttributeName(a.name()).stream()).distinct().toList();
    }

    public Attributes without(Predicate<Attribute> drop) {
        return new Attributes(list.stream().filter(drop.negate()).toList());
    }

    public Attributes with(Attribute added) {
        List<Attribute> out = new ArrayList<>(list);
        out.add(added);
        return new Attributes(out);
    }

    /**
     * Sets the direction: replaces the first direction attribute in place (dropping any other) so the order
     * of the rest stays as it was, or appends one.
     */
    public Attributes withDirection(Direction direction) {
        List<Attribute> out = new ArrayList<>(list.size() + 1);
        boolean placed = false;
        for (Attribute a : list) {
            if (Direction.fromAttributeName(a.name()).isEmpty()) {
                out.add(a);
            } else if (!placed) {
                out.add(direction.toAttribute());
                placed = true;
            }
        }
        if (!placed) {
            out.add(direction.toAttribute());
        }
        return new Attributes(out);
    }
}
