package org.centralino.core.settings;

import java.util.Optional;

/** System settings that must survive restarts and agree across nodes: a durable map of names to values. */
public interface SettingsStore {
    Optional<String> get(String name);

    /** Stores {@code value} unless the name already has one; returns the value the name has afterwards. */
    String putIfAbsent(String name, String value);
}
