package org.centralino.core.forwarding;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map-backed store with the compare-and-set of the contract. {@link #beforeSave} runs before each save, so a
 * test can play another cluster node writing between a read and a write.
 */
final class InMemoryForwardingStore implements ForwardingStore {
    final Map<String, ForwardingSettings> map = new ConcurrentHashMap<>();
    Runnable beforeSave = () -> { };
    int saves;

    @Override
    public Optional<ForwardingSettings> find(String extension) {
        return Optional.ofNullable(map.get(extension));
    }

    @Override
    public synchronized Optional<ForwardingSettings> save(ForwardingSettings next) {
        beforeSave.run();
        saves++;
        long stored = map.containsKey(next.extension()) ? map.get(next.extension()).version() : 0;
        if (stored != next.version()) {
            return Optional.empty();
        }
        ForwardingSettings saved = next.withVersion(next.version() + 1, next.updatedAt());
        map.put(next.extension(), saved);
        return Optional.of(saved);
    }

    @Override
    public java.util.List<String> withDnd() {
        return map.values().stream().filter(ForwardingSettings::dnd).map(ForwardingSettings::extension).sorted()
            .toList();
    }
}
