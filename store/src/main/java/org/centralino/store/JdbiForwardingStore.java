package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.forwarding.ForwardRule;
import org.centralino.core.forwarding.ForwardTarget;
import org.centralino.core.forwarding.ForwardingSettings;
import org.centralino.core.forwarding.ForwardingStore;
import org.centralino.core.forwarding.TargetType;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * DND and forwarding in {@code extension_forwarding}, read from the database each time (changes are rare and
 * nothing on a call's path reads them yet; a cache belongs with the call features that will). The first save of
 * an extension inserts (version 1); later saves update where the version is still the expected one.
 */
public final class JdbiForwardingStore implements ForwardingStore {
    /** Column prefixes of the four rules, in the order of {@link ForwardingSettings}. */
    private static final List<String> RULES = List.of("unconditional", "busy", "no_answer", "unreachable");
    private static final String COLUMNS = "extension, dnd, " + String.join(", ", RULES.stream()
        .map(r -> r + "_enabled, " + r + "_type, " + r + "_number").toList()) + ", no_answer_seconds, updated_at, "
        + "version";

    private final Database db;

    public JdbiForwardingStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<ForwardingSettings> find(String extension) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM extension_forwarding WHERE extension = :e")
            .bind("e", extension).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<String> withDnd() {
        return db.read(h -> h.createQuery("SELECT extension FROM extension_forwarding WHERE dnd = :on ORDER BY extension")
            .bind("on", true).mapTo(String.class).list());
    }

    @Override
    public Optional<ForwardingSettings> save(ForwardingSettings next) {
        Objects.requireNonNull(next, "next");
        try {
            int rows = db.write(h -> bind(h.createUpdate(next.version() == 0 ? insert() : update()), next).execute());
            return rows == 1 ? Optional.of(next.withVersion(next.version() + 1, next.updatedAt())) : Optional.empty();
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return Optional.empty(); // another writer inserted the first row meanwhile
            }
            if (SqlErrors.isForeignKeyViolation(e)) {
                throw new UnknownExtensionException(next.extension());
            }
            throw e;
        }
    }

    private static String insert() {
        return "INSERT INTO extension_forwarding (" + COLUMNS + ") VALUES (:e, :dnd, " + String.join(", ", RULES
            .stream().map(r -> ":" + r + "_enabled, :" + r + "_type, :" + r + "_number").toList())
            + ", :seconds, :updatedAt, :version + 1)";
    }

    private static String update() {
        return "UPDATE extension_forwarding SET dnd = :dnd, " + String.join(", ", RULES.stream()
            .map(r -> r + "_enabled = :" + r + "_enabled, " + r + "_type = :" + r + "_type, " + r + "_number = :"
                + r + "_number").toList())
            + ", no_answer_seconds = :seconds, updated_at = :updatedAt, version = :version + 1 "
            + "WHERE extension = :e AND version = :version";
    }

    private static <S extends SqlStatement<S>> S bind(S s, ForwardingSettings f) {
        List<ForwardRule> rules = List.of(f.unconditional(), f.busy(), f.noAnswer(), f.unreachable());
        for (int i = 0; i < RULES.size(); i++) {
            ForwardTarget t = rules.get(i).target();
            s.bind(RULES.get(i) + "_enabled", rules.get(i).enabled())
                .bind(RULES.get(i) + "_type", t == null ? null : t.type().name())
                .bind(RULES.get(i) + "_number", t == null ? null : t.number());
        }
        return s.bind("e", f.extension()).bind("dnd", f.dnd()).bind("seconds", f.noAnswerSeconds())
            .bind("updatedAt", f.updatedAt().toEpochMilli()).bind("version", f.version());
    }

    private static ForwardingSettings row(ResultSet rs) throws SQLException {
        String ext = rs.getString("extension");
        return new ForwardingSettings(ext, rs.getBoolean("dnd"), rule(rs, ext, "unconditional"), rule(rs, ext, "busy"),
            rule(rs, ext, "no_answer"), rs.getInt("no_answer_seconds"), rule(rs, ext, "unreachable"),
            Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("version"));
    }

    private static ForwardRule rule(ResultSet rs, String ext, String prefix) throws SQLException {
        String type = rs.getString(prefix + "_type");
        ForwardTarget target = type == null ? null
            : new ForwardTarget(type(ext, type), rs.getString(prefix + "_number"));
        return new ForwardRule(rs.getBoolean(prefix + "_enabled"), target);
    }

    private static TargetType type(String ext, String name) {
        try {
            return TargetType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("extension_forwarding of " + ext + " has unknown target type '" + name
                + "' in the database", e);
        }
    }
}
