package org.centralino.core.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

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
        if (map.replace(e.number(), e) == null) {
            throw new UnknownExtensionException(e.number());
        }
        return e;
    }

    @Override
    public boolean delete(String number) {
        return map.remove(number) != null;
    }
}
