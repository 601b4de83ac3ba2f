package org.centralino.store;

import java.util.Objects;
import java.util.Optional;
import org.centralino.core.settings.SettingsStore;

/** Settings in the {@code setting} table; putIfAbsent is one statement both SQLite and PostgreSQL accept. */
public final class JdbiSettingsStore implements SettingsStore {
    private final Database db;

    public JdbiSettingsStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<String> get(String name) {
        return db.read(h -> h.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", name)
            .mapTo(String.class).findOne());
    }

    @Override
    public String putIfAbsent(String name, String value) {
        return db.write(h -> {
            h.createUpdate("INSERT INTO setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .bind("name", name).bind("value", value).execute();
            return h.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", name)
                .mapTo(String.class).one();
        });
    }
}
