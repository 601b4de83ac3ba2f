package org.centralino.core.rights;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.centralino.core.version.VersionMismatchException;

/** A map-backed group store for service tests. */
final class InMemoryGroupStore implements GroupStore {
    final ConcurrentHashMap<String, Group> map = new ConcurrentHashMap<>();
    int reads;

    @Override
    public List<Group> list() {
        reads++;
        return map.values().stream().sorted(Comparator.comparing(Group::name)).toList();
    }

    @Override
    public Optional<Group> find(String id) {
        return Optional.ofNullable(map.get(id));
    }

    @Override
    public Group create(Group g) {
        if (map.values().stream().anyMatch(o -> o.name().equals(g.name())) || map.putIfAbsent(g.id(), g) != null) {
            throw new DuplicateGroupException(g.name());
        }
        return g;
    }

    @Override
    public Optional<Group> update(Group g) {
        Group cur = map.get(g.id());
        if (cur == null || cur.version() != g.version()) {
            return Optional.empty();
        }
        Group next = new Group(g.id(), g.name(), g.everyone(), g.members(), g.rights(), g.createdAt(), g.updatedAt(),
            g.version() + 1);
        map.put(g.id(), next);
        return Optional.of(next);
    }

    @Override
    public boolean delete(String id) {
        return map.remove(id) != null;
    }

    @Override
    public synchronized boolean delete(String id, long version) {
        Group cur = map.get(id);
        if (cur == null) {
            return false;
        }
        if (cur.version() != version) {
            throw new VersionMismatchException("group " + id, cur.version());
        }
        return map.remove(id) != null;
    }
}
