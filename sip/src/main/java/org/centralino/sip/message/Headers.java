package org.centralino.sip.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The ordered, immutable header list of a SIP message. Names are stored canonical (see {@link HeaderNames}),
 * so lookups compare with {@link String#equalsIgnoreCase} only to tolerate unknown extension headers.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(List.of());
    private final List<HeaderField> fields;

    private Headers(List<HeaderField> fields) {
        this.fields = fields;
    }

    public static Headers empty() {
        return EMPTY;
    }

    public static Headers of(List<HeaderField> fields) {
        return fields.isEmpty() ? EMPTY : new Headers(Collections.unmodifiableList(new ArrayList<>(fields)));
    }

    /** Wraps a list the caller promises never to change again (the parser's own list). */
    static Headers wrap(List<HeaderField> fields) {
        return new Headers(Collections.unmodifiableList(fields));
    }

    public List<HeaderField> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    /** The value of the first header of that name, if any. */
    public Optional<String> first(String name) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            HeaderField f = fields.get(i);
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    /** The value of the first header of that name, or null. For hot paths that must not allocate an Optional. */
    public String firstOrNull(String name) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            HeaderField f = fields.get(i);
            if (f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    /** The raw values of every header line of that name, in order (comma-joined values not split). */
    public List<String> all(String name) {
        List<String> out = new ArrayList<>(2);
        for (HeaderField f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                out.add(f.value());
            }
        }
        return out;
    }

    /**
     * Every element of a list-valued header (Via, Contact, Route, Record-Route, Allow, Supported, ...):
     * each header line split at the commas that separate elements (RFC 3261 §7.3.1), never inside quotes
     * or angle brackets.
     */
    public List<String> elements(String name) {
        List<String> out = new ArrayList<>(2);
        for (HeaderField f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                HeaderValues.splitCommas(f.value(), out);
            }
        }
        return out;
    }

    public boolean contains(String name) {
        return firstOrNull(name) != null;
    }

    public Builder toBuilder() {
        return new Builder(new ArrayList<>(fields));
    }

    public static Builder builder() {
        return new Builder(new ArrayList<>());
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /** Mutable header list used to build a message; {@link #build()} freezes a copy. */
    public static final class Builder {
        private final List<HeaderField> fields;

        Builder(List<HeaderField> fields) {
            this.fields = fields;
        }

        /** Appends a header line. */
        public Builder add(String name, String value) {
            fields.add(new HeaderField(HeaderNames.canonical(name), value));
            return this;
        }

        /** Inserts a header line before every other header of the message (e.g. a new top Via). */
        public Builder addFirst(String name, String value) {
            fields.addFirst(new HeaderField(HeaderNames.canonical(name), value));
            return this;
        }

        /** Replaces every header of that name by one line with this value, kept at the first one's place. */
        public Builder set(String name, String value) {
            String canonical = HeaderNames.canonical(name);
            int at = -1;
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (fields.get(i).name().equalsIgnoreCase(canonical)) {
                    fields.remove(i);
                    at = i;
                }
            }
            HeaderField field = new HeaderField(canonical, value);
            if (at < 0) {
                fields.add(field);
            } else {
                fields.add(at, field);
            }
            return this;
        }

        /** Replaces the first header line of that name (for example the top Via after adding received). */
        public Builder replaceFirst(String name, String value) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equalsIgnoreCase(name)) {
                    fields.set(i, new HeaderField(fields.get(i).name(), value));
                    return this;
                }
            }
            return add(name, value);
        }

        public Builder remove(String name) {
            fields.removeIf(f -> f.name().equalsIgnoreCase(name));
            return this;
        }

        /** Removes the first element of a list-valued header, dropping the line if it held only that one. */
        public Builder removeFirstElement(String name) {
            for (int i = 0; i < fields.size(); i++) {
                HeaderField f = fields.get(i);
                if (f.name().equalsIgnoreCase(name)) {
                    List<String> parts = new ArrayList<>(2);
                    HeaderValues.splitCommas(f.value(), parts);
                    if (parts.size() <= 1) {
                        fields.remove(i);
                    } else {
                        fields.set(i, new HeaderField(f.name(), String.join(", ", parts.subList(1, parts.size()))));
                    }
                    return this;
                }
            }
            return this;
        }

        /** The value of the first header of that name in the builder, or null. */
        public String first(String name) {
            for (HeaderField f : fields) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f.value();
                }
            }
            return null;
        }

        public Headers build() {
            return Headers.of(fields);
        }
    }
}
