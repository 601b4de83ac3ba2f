package org.centralino.core.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.centralino.core.version.VersionMismatchException;

/** A map-backed store for service tests. */
public final class InMemoryExtensionStore implements ExtensionStore {
    final ConcurrentSkipListMap<String, Extension> map = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Extension> find(String number) {
        return Optional.ofNullable(map.get(number));
    }

    @Override
    public List<Extension> list() {
        return new ArrayList<>(map.values());
    }

    @Override
    public Extension create(Extension e) {
        if (map.putIfAbsent(e.number(), e) != null) {
            throw new DuplicateExtensionException(e.number());
        }
        return e;
    }

    @Override
    public Extension update(Extension e) {
        Extension current = map.get(e.number());
        if (current == null) {
            throw new UnknownExtensionException(e.number());
        }
        Extension next = e.withVersion(e.version() + 1);
        if (current.version() != e.version() || !map.replace(e.number(), current, next)) {
            throw new VersionMismatchException("extension " + e.number(), -1);
        }
        return next;
    }

    @Override
    public boolean delete(String number, long version) {
        Extension current = map.get(number);
        if (current == null) {
            return false;
        }
        if (current.version() != version || !map.remove(number, current)) {
            throw new VersionMismatchException("extension " + number, -1);
        }
        return true;
    }

    @Override
    public boolean delete(String number) {
        return map.remove(number) != null;
    }
}
