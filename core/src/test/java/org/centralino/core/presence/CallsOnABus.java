package org.centralino.core.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.MutableClock;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.call.LegId;
import org.centralino.core.event.EventBus;
import org.centralino.core.event.StreamEvent;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.LocationService;

/** A bus with the real location service and call registry, and what was published for the stream. */
final class CallsOnABus {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final EventBus bus = new EventBus();
    final LocationService locations = new LocationService(clock, bus);
    final CallRegistry calls = new CallRegistry(clock, bus);
    final CallParties parties = new CallParties(calls, locations);
    final List<StreamEvent> streamed = new CopyOnWriteArrayList<>();

    CallsOnABus() {
        bus.subscribe(StreamEvent.class, streamed::add);
    }

    void register(String extension, String contact) {
        locations.update(extension, m -> m.put(contact, new Binding(extension, contact, "udp:127.0.0.1:5062",
            clock.instant().plusSeconds(600), "cid-" + contact, 1, "phone", 1000, clock.instant())));
    }

    void unregister(String extension, String contact) {
        locations.update(extension, m -> m.remove(contact));
    }

    /** Opens call {@code id} from {@code from} to {@code to} ringing the given contacts as forks b1, b2, ... */
    Call dial(String id, String from, String to, String... contacts) {
        Call call = calls.open(new CallId(id), leg(id, "a"), from, to, (c, a) -> { });
        List<CallInput.Fork> forks = new java.util.ArrayList<>();
        for (int i = 0; i < contacts.length; i++) {
            forks.add(new CallInput.Fork(leg(id, "b" + (i + 1)), contacts[i]));
        }
        call.handle(new CallInput.Routed(forks, Duration.ofSeconds(30)));
        return call;
    }

    static LegId leg(String call, String suffix) {
        return new LegId(call + "-" + suffix);
    }

    /** Fork b{n} rings, then answers; the other forks are cancelled and confirm it. */
    void answer(Call call, int fork, int forks) {
        String id = call.id().value();
        call.handle(new CallInput.ForkProgress(leg(id, "b" + fork), false));
        call.handle(new CallInput.ForkAnswered(leg(id, "b" + fork)));
        for (int i = 1; i <= forks; i++) {
            if (i != fork) {
                call.handle(new CallInput.ForkRejected(leg(id, "b" + i), 487));
            }
        }
    }

    /** The caller hangs up an answered call through fork b{fork}, which confirms the BYE. */
    void hangUp(Call call, int fork) {
        String id = call.id().value();
        call.handle(new CallInput.ByeReceived(leg(id, "a")));
        call.handle(new CallInput.LegClosed(leg(id, "b" + fork)));
    }

    List<String> presence() {
        return streamed.stream().filter(e -> e instanceof PresenceChanged).map(e -> (PresenceChanged) e)
            .map(p -> p.extension() + ":" + p.state().wireName()).toList();
    }
}
