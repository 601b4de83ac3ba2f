package org.centralino.sip.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ordered generic parameters (";name=value" or ";flag") of a URI, Via or name-addr. Names compare
 * case-insensitively (RFC 3261 §7.3.1); values are kept as written (a quoted value keeps its quotes).
 */
public final class Params {
    private static final Params EMPTY = new Params(List.of());
    private final List<Param> list;

    /** One parameter; {@code value} is null for a flag parameter such as {@code ;lr} or {@code ;rport}. */
    public record Param(String name, String value) {
    }

    private Params(List<Param> list) {
        this.list = list;
    }

    public static Params empty() {
        return EMPTY;
    }

    public static Params of(List<Param> list) {
        return list.isEmpty() ? EMPTY : new Params(Collections.unmodifiableList(new ArrayList<>(list)));
    }

    /** Wraps a list the caller promises never to change again (the parsers' own lists). */
    static Params wrap(List<Param> list) {
        return list.isEmpty() ? EMPTY : new Params(Collections.unmodifiableList(list));
    }

    public List<Param> list() {
        return list;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String name) {
        for (Param p : list) {
            if (p.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The value of that parameter; null when absent or when it is a flag. */
    public String get(String name) {
        for (Param p : list) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }

    /** A copy with that parameter set (replaced in place if present, appended otherwise). */
    public Params with(String name, String value) {
        List<Param> copy = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (Param p : list) {
            if (!replaced && p.name().equalsIgnoreCase(name)) {
                copy.add(new Param(p.name(), value));
                replaced = true;
            } else {
                copy.add(p);
            }
        }
        if (!replaced) {
            copy.add(new Param(name, value));
        }
        return new Params(Collections.unmodifiableList(copy));
    }

    public Params without(String name) {
        List<Param> copy = new ArrayList<>(list.size());
        for (Param p : list) {
            if (!p.name().equalsIgnoreCase(name)) {
                copy.add(p);
            }
        }
        return copy.size() == list.size() ? this : of(copy);
    }

    /** Appends ";name=value" for each parameter, as on the wire. */
    public void appendTo(StringBuilder sb) {
        for (Param p : list) {
            sb.append(';').append(p.name());
            if (p.value() != null) {
                sb.append('=').append(p.value());
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params other && list.equals(other.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }
}
