package org.centralino.core.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process event bus (DESIGN.md §2 "State machines"): whoever changes state publishes what changed, and
 * the parts that care subscribe, so nothing polls. Delivery is synchronous on the publisher's thread, in
 * subscription order; a subscriber that fails is logged and the others still get the event. Subscribers
 * must therefore be quick, and hand off to their own lane or thread when they have real work to do.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    /** Receives every published event that is an instance of {@code type} (subtypes included). */
    public <T> void subscribe(Class<T> type, Consumer<? super T> subscriber) {
        subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(e -> subscriber.accept(type.cast(e)));
    }

    public void publish(Object event) {
        subscribers.forEach((type, list) -> {
            if (type.isInstance(event)) {
                for (Consumer<Object> s : list) {
                    try {
                        s.accept(event);
                    } catch (RuntimeException e) {
                        LOG.error("subscriber to {} failed on {}", type.getSimpleName(), event, e);
                    }
                }
            }
        });
    }
}
