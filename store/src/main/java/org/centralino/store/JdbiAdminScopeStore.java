package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.rights.AdminScope;
import org.centralino.core.rights.AdminScopeStore;
import org.centralino.core.rights.ExtensionScope;

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

    /** Delete then insert in one transaction: an upsert both dialects accept without ON CONFLICT column lists. */
    @Override
    public void save(String username, AdminScope s) {
        db.write(h -> {
            h.createUpdate("DELETE FROM admin_scope WHERE username = :u").bind("u", username).execute();
            return h.createUpdate("INSERT INTO admin_scope (" + COLUMNS + ") VALUES (:u, :extensions, :trunks, "
                    + ":system, :reports, :recordings)")
                .bind("u", username).bind("extensions", s.extensions().name()).bind("trunks", s.trunks())
                .bind("system", s.system()).bind("reports", s.reports()).bind("recordings", s.recordings())
                .execute();
        });
    }

    private static AdminScope row(ResultSet rs) throws SQLException {
        return new AdminScope(JdbiGroupStore.enumOf(ExtensionScope.class, rs.getString("extensions")),
            rs.getBoolean("trunks"), rs.getBoolean("system_admin"), rs.getBoolean("reports"),
            rs.getBoolean("recordings"));
    }
}
