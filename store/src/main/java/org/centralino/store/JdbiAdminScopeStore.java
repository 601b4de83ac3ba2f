package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.account.UnknownAccountException;
import org.centralino.core.rights.AdminScope;
import org.centralino.core.rights.AdminScopeStore;
import org.centralino.core.rights.ExtensionScope;
import org.jdbi.v3.core.JdbiException;

/** Delegated administration scopes in {@code admin_scope}, one row per user that has one. */
public final class JdbiAdminScopeStore implements AdminScopeStore {
    private static final String COLUMNS = "username, extensions, trunks, system_admin, reports, recordings";

    private final Database db;

    public JdbiAdminScopeStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<AdminScope> find(String username) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM admin_scope WHERE username = :u")
            .bind("u", username).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public Map<String, AdminScope> all() {
        Map<String, AdminScope> out = new LinkedHashMap<>();
        db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM admin_scope ORDER BY username")
            .map((rs, ctx) -> out.put(rs.getString("username"), row(rs))).list());
        return out;
    }

    @Override
    public long version(String username) {
        return db.read(h -> h.createQuery("SELECT version FROM admin_scope WHERE username = :u").bind("u", username)
            .mapTo(Long.class).findOne()).orElse(0L);
    }

    /** Insert at version 1 when none was stored, else update where the version is still the expected one. */
    @Override
    public boolean save(String username, AdminScope s, long expectedVersion) {
        String sql = expectedVersion == 0
            ? "INSERT INTO admin_scope (" + COLUMNS + ", version) VALUES (:u, :extensions, :trunks, :system, "
                + ":reports, :recordings, 1)"
            : "UPDATE admin_scope SET extensions = :extensions, trunks = :trunks, system_admin = :system, "
                + "reports = :reports, recordings = :recordings, version = :v + 1 WHERE username = :u AND version = :v";
        try {
            return db.write(h -> h.createUpdate(sql).bind("u", username).bind("v", expectedVersion)
                .bind("extensions", s.extensions().name()).bind("trunks", s.trunks()).bind("system", s.system())
                .bind("reports", s.reports()).bind("recordings", s.recordings()).execute()) == 1;
        } catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false; // another writer inserted the first row meanwhile
            }
            if (SqlErrors.isForeignKeyViolation(e)) {
                throw new UnknownAccountException(username); // deleted meanwhile
            }
            throw e;
        }
    }

    private static AdminScope row(ResultSet rs) throws SQLException {
        return new AdminScope(JdbiGroupStore.enumOf(ExtensionScope.class, rs.getString("extensions")),
            rs.getBoolean("trunks"), rs.getBoolean("system_admin"), rs.getBoolean("reports"),
            rs.getBoolean("recordings"));
    }
}
