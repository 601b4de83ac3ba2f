package org.centralino.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.centralino.core.phonebook.Contact;
import org.centralino.core.phonebook.ContactChanges;
import org.centralino.core.phonebook.ContactCursor;
import org.centralino.core.phonebook.ContactPage;
import org.centralino.core.phonebook.ContactQuery;
import org.centralino.core.phonebook.ContactStore;
import org.centralino.core.phonebook.ContactVisibility;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Contacts in the {@code contact} table. Every write transaction first takes the next generation (see V14), so a
 * node's in-memory index can ask for exactly what it missed; {@link #changesSince} reads in one snapshot (a
 * repeatable-read transaction on PostgreSQL, a read transaction on SQLite in WAL mode), so the generation it reports
 * and the rows it returns agree. Deleted ids are kept with their time (V17) until {@link #pruneDeletions} forgets
 * them; {@code phonebook_generation.pruned_through} then tells a reader behind them to reload everything.
 */
public final class JdbiContactStore implements ContactStore {
    /** Rows per INSERT batch of an import. */
    private static final int BATCH = 500;

    private final Database db;
    private final Clock clock;

    public JdbiContactStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock stamps deletions, which {@link #pruneDeletions} forgets by age */
    public JdbiContactStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Contact> find(String id) {
        return db.read(h -> h.createQuery(ContactRows.SELECT + " WHERE id = :id").bind("id", id)
            .map((rs, ctx) -> ContactRows.row(rs)).findOne());
    }

    @Override
    public ContactPage list(ContactQuery q) {
        String where = switch (q.list()) {
            case ContactQuery.Scope.Shared s -> "visibility = :vis";
            case ContactQuery.Scope.Public p -> "visibility = :vis";
            case ContactQuery.Scope.OwnedBy o -> "owner = :owner AND visibility <> 'shared'";
        };
        String after = q.after() == null ? "" : " AND (sort_key > :key OR (sort_key = :key AND id > :afterId))";
        List<Contact> rows = db.read(h -> {
            Query query = h.createQuery(ContactRows.SELECT + " WHERE " + where + after
                + " ORDER BY sort_key, id LIMIT :limit").bind("limit", q.limit() + 1);
            switch (q.list()) {
                case ContactQuery.Scope.Shared s -> query.bind("vis", ContactVisibility.SHARED.wire());
                case ContactQuery.Scope.Public p -> query.bind("vis", ContactVisibility.PUBLIC.wire());
                case ContactQuery.Scope.OwnedBy o -> query.bind("owner", o.owner());
            }
            if (q.after() != null) {
                query.bind("key", q.after().sortKey()).bind("afterId", q.after().id());
            }
            return query.map((rs, ctx) -> ContactRows.row(rs)).list();
        });
        if (rows.size() <= q.limit()) {
            return new ContactPage(rows, null);
        }
        List<Contact> page = rows.subList(0, q.limit());
        return new ContactPage(page, ContactCursor.after(page.getLast()));
    }

    @Override
    public Contact create(Contact c) {
        db.write(h -> ContactRows.bind(h.createUpdate(ContactRows.INSERT), c, nextGeneration(h)).execute());
        return c;
    }

    @Override
    public Optional<Contact> update(Contact c) {
        int rows = db.write(h -> ContactRows.bind(h.createUpdate(ContactRows.UPDATE), c, nextGeneration(h)).execute());
        return rows == 1 ? find(c.id()) : Optional.empty();
    }

    @Override
    public boolean delete(String id, Long expectedVersion) {
        return db.write(h -> {
            long seq = nextGeneration(h);
            int rows = h.createUpdate("DELETE FROM contact WHERE id = :id AND (:anyVersion OR version = :version)")
                .bind("id", id).bind("anyVersion", expectedVersion == null)
                .bind("version", expectedVersion == null ? 0L : expectedVersion).execute();
            if (rows == 1) {
                h.createUpdate("INSERT INTO contact_deleted (id, change_seq, deleted_at) VALUES (:id, :seq, :at)")
                    .bind("id", id).bind("seq", seq).bind("at", clock.millis()).execute();
            }
            return rows == 1;
        });
    }

    @Override
    public Set<String> saveAll(List<Contact> creates, List<Contact> updates) {
        return db.write(h -> {
            long seq = nextGeneration(h);
            for (int from = 0; from < creates.size(); from += BATCH) {
                PreparedBatch batch = h.prepareBatch(ContactRows.INSERT);
                for (Contact c : creates.subList(from, Math.min(creates.size(), from + BATCH))) {
                    ContactRows.bind(batch, c, seq).add();
                }
                batch.execute();
            }
            Set<String> lost = new HashSet<>();
            for (Contact c : updates) {
                if (ContactRows.bind(h.createUpdate(ContactRows.UPDATE), c, seq).execute() != 1) {
                    lost.add(c.id());
                }
            }
            return lost;
        });
    }

    @Override
    public long generation() {
        return db.read(h -> generation(h));
    }

    @Override
    public ContactChanges changesSince(long since) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            return db.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> changes(h, since));
        }
        return db.jdbi().inTransaction(h -> changes(h, since));
    }

    @Override
    public int pruneDeletions(Instant deletedBefore) {
        return db.write(h -> {
            // every deletion up to the newest old one goes, so what is kept is every deletion after pruned_through
            Long through = h.createQuery("SELECT MAX(change_seq) FROM contact_deleted WHERE deleted_at < :before")
                .bind("before", deletedBefore.toEpochMilli()).mapTo(Long.class).one();
            if (through == null) {
                return 0;
            }
            int pruned = h.createUpdate("DELETE FROM contact_deleted WHERE change_seq <= :through")
                .bind("through", through).execute();
            h.createUpdate("UPDATE phonebook_generation SET pruned_through = :through WHERE id = 1 "
                + "AND pruned_through < :through").bind("through", through).execute();
            return pruned;
        });
    }

    private static ContactChanges changes(Handle h, long since) {
        long now = generation(h);
        long prunedThrough = h.createQuery("SELECT pruned_through FROM phonebook_generation WHERE id = 1")
            .mapTo(Long.class).one();
        boolean full = since <= 0 || since < prunedThrough;
        List<Contact> written = h.createQuery(ContactRows.SELECT + " WHERE change_seq > :since")
            .bind("since", full ? Long.MIN_VALUE : since).map((rs, ctx) -> ContactRows.row(rs)).list();
        List<String> deleted = full ? List.of() : h.createQuery(
                "SELECT id FROM contact_deleted WHERE change_seq > :since")
            .bind("since", since).mapTo(String.class).list();
        return new ContactChanges(now, full, written, new ArrayList<>(deleted));
    }

    private static long generation(Handle h) {
        return h.createQuery("SELECT generation FROM phonebook_generation WHERE id = 1").mapTo(Long.class).one();
    }

    /** Takes the next generation: the UPDATE holds the row lock until commit, so generations commit in order. */
    private static long nextGeneration(Handle h) {
        h.createUpdate("UPDATE phonebook_generation SET generation = generation + 1 WHERE id = 1").execute();
        return generation(h);
    }
}
