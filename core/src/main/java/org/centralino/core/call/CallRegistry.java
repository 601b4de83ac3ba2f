package org.centralino.core.call;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.centralino.core.event.EventBus;
import org.centralino.sip.util.LogThrottle;

/**
 * The active calls by id. Thread-safe: calls are opened and looked up from the lanes, listed by the API; a call
 * leaves the registry by itself once every leg has ended, so the counts are the leak check after a test.
 */
public final class CallRegistry {
    private final Map<CallId, Call> calls = new ConcurrentHashMap<>();
    private final Clock clock;
    private final EventBus bus;
    private final LogThrottle ignoredLog = new LogThrottle(1, TimeUnit.SECONDS);

    public CallRegistry(Clock clock, EventBus bus) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    /** Creates the call for a caller's INVITE, publishes {@link CallEvent.Created}, and registers it. */
    public Call open(CallId id, LegId caller, String from, String to, CallCommands commands) {
        CallTransition start = CallMachine.start(id, caller, from, to, clock.instant());
        Call call = new Call(start.state(), clock, bus, commands, this::release, ignoredLog);
        // registered before its first actions run, so a subscriber to Created can already find it
        if (calls.putIfAbsent(id, call) != null) {
            throw new IllegalArgumentException("call " + id + " already exists");
        }
        call.begin(start);
        return call;
    }

    public Optional<Call> find(CallId id) {
        return Optional.ofNullable(calls.get(id));
    }

    /** The active calls in id order: immutable values, with their legs, safe to read and serialize anywhere. */
    public List<CallState> snapshot() {
        return calls.values().stream().map(Call::state).sorted(Comparator.comparing(s -> s.id().value())).toList();
    }

    /** The active calls in id order (their state and live quality are safe to read from any thread). */
    public List<Call> list() {
        return calls.values().stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
    }

    public int activeCalls() {
        return calls.size();
    }

    /** Legs not yet ended, over all active calls. */
    public int activeLegs() {
        return calls.values().stream()
            .mapToInt(c -> (int) c.state().legs().filter(l -> !l.state().isEnded()).count()).sum();
    }

    private void release(Call call) {
        calls.remove(call.id(), call);
    }
}
