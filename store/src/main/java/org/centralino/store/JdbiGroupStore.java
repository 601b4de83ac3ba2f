package org.centralino.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.centralino.core.rights.DuplicateGroupException;
import org.centralino.core.rights.Group;
import org.centralino.core.rights.GroupMember;
import org.centralino.core.rights.GroupRight;
import org.centralino.core.rights.GroupRole;
import org.centralino.core.rights.GroupStore;
import org.centralino.core.version.VersionMismatchException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * Groups in {@code rights_group} with their members and rights in child tables. A read loads the three tables
 * whole: groups are few, and the rights cache reads them all at once after a change.
 */
public final class JdbiGroupStore implements GroupStore {
    private final Database db;

    public JdbiGroupStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public List<Group> list() {
        return db.read(h -> load(h, null));
    }

    @Override
    public Optional<Group> find(String id) {
        return db.read(h -> load(h, id)).stream().findFirst();
    }

    @Override
    public Group create(Group g) {
        try {
            db.write(h -> {
                h.createUpdate("INSERT INTO rights_group (id, name, everyone, created_at, updated_at, version) "
                        + "VALUES (:id, :name, :everyone, :createdAt, :updatedAt, :version)")
                    .bind("id", g.id()).bind("name", g.name()).bind("everyone", g.everyone())
                    .bind("createdAt", g.createdAt().toEpochMilli()).bind("updatedAt", g.updatedAt().toEpochMilli())
                    .bind("version", g.version()).execute();
                writeChildren(h, g);
                return null;
            });
            return g;
        } catch (JdbiException e) {
            throw translate(e, g);
        }
    }

    @Override
    public Optional<Group> update(Group g) {
        int rows;
        try {
            rows = db.write(h -> {
                int n = h.createUpdate("UPDATE rights_group SET name = :name, everyone = :everyone, "
                        + "updated_at = :updatedAt, version = :version + 1 WHERE id = :id AND version = :version")
                    .bind("id", g.id()).bind("name", g.name()).bind("everyone", g.everyone())
                    .bind("updatedAt", g.updatedAt().toEpochMilli()).bind("version", g.version()).execute();
                if (n == 1) {
                    h.createUpdate("DELETE FROM rights_group_member WHERE group_id = :id").bind("id", g.id()).execute();
                    h.createUpdate("DELETE FROM rights_group_right WHERE group_id = :id").bind("id", g.id()).execute();
                    writeChildren(h, g);
                }
                return n;
            });
        } catch (JdbiException e) {
            throw translate(e, g);
        }
        return rows == 1 ? find(g.id()) : Optional.empty();
    }

    @Override
    public boolean delete(String id) {
        return db.write(h -> h.createUpdate("DELETE FROM rights_group WHERE id = :id").bind("id", id).execute()) == 1;
    }

    @Override
    public boolean delete(String id, long version) {
        return db.write(h -> {
            int n = h.createUpdate("DELETE FROM rights_group WHERE id = :id AND version = :version").bind("id", id)
                .bind("version", version).execute();
            if (n == 1) {
                return true;
            }
            Optional<Long> now = h.createQuery("SELECT version FROM rights_group WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne();
            if (now.isEmpty()) {
                return false;
            }
            throw new VersionMismatchException("group " + id, now.get());
        });
    }

    private static void writeChildren(Handle h, Group g) {
        var members = h.prepareBatch("INSERT INTO rights_group_member (group_id, extension, role) "
            + "VALUES (:id, :extension, :role)");
        for (GroupMember m : g.members()) {
            members.bind("id", g.id()).bind("extension", m.extension()).bind("role", m.role().name()).add();
        }
        if (!g.members().isEmpty()) {
            members.execute();
        }
        var rights = h.prepareBatch("INSERT INTO rights_group_right (group_id, role, right_name) "
            + "VALUES (:id, :role, :right)");
        int count = 0;
        for (var e : g.rights().entrySet()) {
            for (GroupRight r : e.getValue()) {
                rights.bind("id", g.id()).bind("role", e.getKey().name()).bind("right", r.name()).add();
                count++;
            }
        }
        if (count > 0) {
            rights.execute();
        }
    }

    private record MemberRow(String groupId, GroupMember member) {
    }

    private record RightRow(String groupId, GroupRole role, GroupRight right) {
    }

    /** Groups (one, or all when {@code id} is null) with their children, ordered by name. */
    private static List<Group> load(Handle h, String id) {
        String where = id == null ? "" : " WHERE group_id = :id";
        Map<String, List<GroupMember>> members = new LinkedHashMap<>();
        for (MemberRow r : query(h, "SELECT group_id, extension, role FROM rights_group_member" + where
            + " ORDER BY extension", id).map((rs, ctx) -> new MemberRow(rs.getString("group_id"),
                new GroupMember(rs.getString("extension"), enumOf(GroupRole.class, rs.getString("role"))))).list()) {
            members.computeIfAbsent(r.groupId(), k -> new ArrayList<>()).add(r.member());
        }
        Map<String, Map<GroupRole, Set<GroupRight>>> rights = new LinkedHashMap<>();
        for (RightRow r : query(h, "SELECT group_id, role, right_name FROM rights_group_right" + where, id)
            .map((rs, ctx) -> new RightRow(rs.getString("group_id"), enumOf(GroupRole.class, rs.getString("role")),
                enumOf(GroupRight.class, rs.getString("right_name")))).list()) {
            rights.computeIfAbsent(r.groupId(), k -> new EnumMap<>(GroupRole.class))
                .computeIfAbsent(r.role(), k -> EnumSet.noneOf(GroupRight.class)).add(r.right());
        }
        return query(h, "SELECT id, name, everyone, created_at, updated_at, version FROM rights_group"
                + (id == null ? "" : " WHERE id = :id") + " ORDER BY name", id)
            .map((rs, ctx) -> new Group(rs.getString("id"), rs.getString("name"), rs.getBoolean("everyone"),
                members.getOrDefault(rs.getString("id"), List.of()), rights.getOrDefault(rs.getString("id"), Map.of()),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version")))
            .list();
    }

    /** A query with {@code :id} bound when given (JDBI refuses a binding the SQL does not use). */
    private static Query query(Handle h, String sql, String id) {
        Query q = h.createQuery(sql);
        return id == null ? q : q.bind("id", id);
    }

    private static RuntimeException translate(JdbiException e, Group g) {
        return SqlErrors.isUniqueViolation(e) ? new DuplicateGroupException(g.name()) : e;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unknown " + type.getSimpleName() + " '" + name + "' in the database", e);
        }
    }
}
