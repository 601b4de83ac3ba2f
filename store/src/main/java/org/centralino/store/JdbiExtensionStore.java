package org.centralino.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.centralino.core.directory.DuplicateExtensionException;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.core.directory.UnknownExtensionException;
import org.centralino.core.version.VersionMismatchException;
import org.jdbi.v3.core.JdbiException;

/**
 * Extensions in the database, all of them cached in memory. {@link #find} is on the SIP registrar's
 * hot path and never touches the database. A write commits to the database first and only then updates
 * the cache, under one lock, so the cache never shows an uncommitted value and two writers cannot leave
 * it in a different order than the database. The cache is per process: in a cluster another node's write
 * is not seen until restart (invalidation via LISTEN/NOTIFY is future work, DESIGN §2 Scale-out).
 */
public final class JdbiExtensionStore implements ExtensionStore {
    /** Numeric order for digit strings: shorter first, then lexicographic ("99" before "100"). */
    static final Comparator<Extension> BY_NUMBER = Comparator.comparingInt((Extension e) -> e.number().length())
        .thenComparing(Extension::number);

    private final Database db;
    private final Map<String, Extension> cache = new ConcurrentHashMap<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean started;

    private final ExtensionRows rows;

    public JdbiExtensionStore(Database db, Ha1Sealer sealer) {
        this.db = Objects.requireNonNull(db, "db");
        this.rows = new ExtensionRows(Objects.requireNonNull(sealer, "sealer"));
    }

    /** Loads every extension into memory; call after {@link Database#start()}. */
    public void start() {
        writeLock.lock();
        try {
            cache.clear();
            db.read(h -> h.createQuery(ExtensionRows.SELECT_ALL).map(rows).list())
                .forEach(e -> cache.put(e.number(), e));
            sealPlainRows();
            started = true;
        } finally {
            writeLock.unlock();
        }
    }

    /** Rows written before schema V5 hold plain HA1 values: seal them (the UPDATE clears the plain columns). */
    private void sealPlainRows() {
        int plain = db.read(h -> h.createQuery(ExtensionRows.COUNT_PLAIN).mapTo(Integer.class).one());
        if (plain > 0) {
            for (Extension e : cache.values()) {
                db.write(h -> rows.bind(h.createUpdate(ExtensionRows.UPDATE), e).execute());
            }
        }
    }

    public void stop() {
        started = false;
        cache.clear();
    }

    @Override
    public Optional<Extension> find(String number) {
        checkStarted();
        return Optional.ofNullable(cache.get(number));
    }

    @Override
    public List<Extension> list() {
        checkStarted();
        List<Extension> all = new ArrayList<>(cache.values());
        all.sort(BY_NUMBER);
        return all;
    }

    @Override
    public Extension create(Extension e) {
        checkStarted();
        writeLock.lock();
        try {
            db.write(h -> rows.bind(h.createUpdate(ExtensionRows.INSERT), e).execute());
            cache.put(e.number(), e);
            return e;
        } catch (JdbiException ex) {
            if (SqlErrors.isUniqueViolation(ex)) {
                throw new DuplicateExtensionException(e.number());
            }
            throw ex;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes only while the row is still at {@code e.version()}: the version check is in the UPDATE, so another
     * process (a second node on PostgreSQL) that changed the row in between makes this one fail, not overwrite.
     */
    @Override
    public Extension update(Extension e) {
        checkStarted();
        writeLock.lock();
        try {
            int updated = db.write(h -> rows.bind(h.createUpdate(ExtensionRows.UPDATE), e).execute());
            if (updated == 0) {
                refresh(e.number());
                if (!cache.containsKey(e.number())) {
                    throw new UnknownExtensionException(e.number());
                }
                throw new VersionMismatchException("extension " + e.number(), cache.get(e.number()).version());
            }
            Extension saved = e.withVersion(e.version() + 1);
            cache.put(e.number(), saved);
            return saved;
        } finally {
            writeLock.unlock();
        }
    }

    /** Re-reads one row after a write found it changed or gone, so the cache shows what the database holds. */
    private void refresh(String number) {
        Optional<Extension> row = db.read(h -> h.createQuery(ExtensionRows.SELECT_ALL + " WHERE number = :number")
            .bind("number", number).map(rows).findOne());
        row.ifPresentOrElse(r -> cache.put(number, r), () -> cache.remove(number));
    }

    @Override
    public boolean delete(String number) {
        checkStarted();
        writeLock.lock();
        try {
            int rows = db.write(h -> h.createUpdate("DELETE FROM extension WHERE number = :number")
                .bind("number", number).execute());
            cache.remove(number);
            return rows > 0;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public boolean delete(String number, long version) {
        checkStarted();
        writeLock.lock();
        try {
            int deleted = db.write(h -> h.createUpdate("DELETE FROM extension WHERE number = :number "
                + "AND version = :version").bind("number", number).bind("version", version).execute());
            if (deleted > 0) {
                cache.remove(number);
                return true;
            }
            refresh(number);
            Extension now = cache.get(number);
            if (now == null) {
                return false;
            }
            throw new VersionMismatchException("extension " + number, now.version());
        } finally {
            writeLock.unlock();
        }
    }

    private void checkStarted() {
        if (!started) {
            throw new IllegalStateException("JdbiExtensionStore used before start() or after stop()");
        }
    }
}
