package org.centralino.core.presence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.centralino.core.call.CallEvent;
import org.centralino.core.call.CallId;
import org.centralino.core.call.LegId;
import org.centralino.core.call.LegSide;
import org.centralino.core.event.EventBus;

/**
 * Turns the {@link CallEvent}s of every call into {@link CallStreamEvent}s for the browsers: one per extension
 * involved (the caller's, and each callee extension whose device rings), with numbers and names. A call's events
 * come on its own lane in order, so each call's bookkeeping is touched by one thread at a time.
 */
public final class CallStream {
    private final CallParties parties;
    private final Function<String, String> nameOf;
    private final Map<CallId, Tracked> calls = new ConcurrentHashMap<>();
    private volatile EventBus bus;

    /** What is known of one live call: its caller, and the extension of each of its legs seen so far. */
    private static final class Tracked {
        final CallId id;
        final CallStreamEvent.Party caller;
        final String dialled;
        final Map<LegId, String> legs = new LinkedHashMap<>();
        final Map<String, CallStreamEvent.Party> callees = new LinkedHashMap<>();

        Tracked(CallId id, CallStreamEvent.Party caller, String dialled) {
            this.id = id;
            this.caller = caller;
            this.dialled = dialled;
        }
    }

    /** @param nameOf the display name of an extension number, or null when it has none */
    public CallStream(CallParties parties, Function<String, String> nameOf) {
        this.parties = Objects.requireNonNull(parties, "parties");
        this.nameOf = Objects.requireNonNull(nameOf, "nameOf");
    }

    /** Starts following the calls; the stream events are published on the same bus. */
    public synchronized void subscribe(EventBus events) {
        if (bus != null) {
            throw new IllegalStateException("the call stream already follows an event bus");
        }
        bus = Objects.requireNonNull(events, "events");
        events.subscribe(CallEvent.class, this::on);
    }

    /** Calls being followed (a leak check: a call leaves when it ends). */
    public int tracked() {
        return calls.size();
    }

    private void on(CallEvent event) {
        switch (event) {
            case CallEvent.Created c -> created(c);
            case CallEvent.LegChanged l -> legChanged(l);
            case CallEvent.Answered a -> withCall(a.call(), t -> answered(t, a));
            case CallEvent.Held h -> withCall(h.call(), t -> bothSides(t, "held", h.by(), h.other()));
            case CallEvent.Resumed r -> withCall(r.call(), t -> bothSides(t, "resumed", r.by(), r.other()));
            case CallEvent.Ended e -> ended(e);
            case CallEvent.Ringing _ -> {
                // each ringing fork is announced from its LegChanged: a hand-over rings another extension later
            }
        }
    }

    private void created(CallEvent.Created c) {
        Tracked t = new Tracked(c.call(), party(c.from()), c.to());
        t.legs.put(c.caller(), c.from());
        calls.put(c.call(), t);
        send(t, "started", c.from(), null, null);
    }

    private void legChanged(CallEvent.LegChanged l) {
        Tracked t = calls.get(l.call());
        if (t == null || l.side() != LegSide.CALLEE || t.legs.containsKey(l.leg())
            || LegActivity.of(l.side(), l.state()) != LegActivity.RINGING) {
            return;
        }
        String callee = parties.extensionOf(l.call(), l.leg()).orElse(null);
        if (callee == null) {
            return;
        }
        t.legs.put(l.leg(), callee);
        if (!t.callees.containsKey(callee)) {
            CallStreamEvent.Party party = party(callee);
            t.callees.put(callee, party);
            send(t, "ringing", callee, party, null);
        }
    }

    private void answered(Tracked t, CallEvent.Answered a) {
        String callee = t.legs.get(a.callee());
        CallStreamEvent.Party party = callee == null ? null : t.callees.get(callee);
        send(t, "answered", t.caller.number(), party, null);
        if (callee != null) {
            send(t, "answered", callee, party, null);
        }
    }

    private void bothSides(Tracked t, String kind, LegId by, LegId other) {
        for (LegId leg : new LegId[] {by, other}) {
            String extension = t.legs.get(leg);
            if (extension != null) {
                String callee = extension.equals(t.caller.number()) ? t.legs.get(leg.equals(by) ? other : by)
                    : extension;
                send(t, kind, extension, callee == null ? null : t.callees.get(callee), null);
            }
        }
    }

    private void ended(CallEvent.Ended e) {
        Tracked t = calls.remove(e.call());
        if (t == null) {
            return;
        }
        String outcome = e.outcome().disposition().name().toLowerCase(Locale.ROOT);
        String answeredBy = e.callee() == null ? null : t.legs.get(e.callee());
        CallStreamEvent.Party callee = answeredBy == null ? null : t.callees.get(answeredBy);
        send(t, "ended", t.caller.number(), callee, outcome);
        t.callees.forEach((number, party) -> send(t, "ended", number, party, outcome));
    }

    private void withCall(CallId id, java.util.function.Consumer<Tracked> action) {
        Tracked t = calls.get(id);
        if (t != null) {
            action.accept(t);
        }
    }

    /** One event for {@code extension}'s side; {@code callee} null means the dialled number, no name. */
    private void send(Tracked t, String kind, String extension, CallStreamEvent.Party callee, String outcome) {
        String direction = extension.equals(t.caller.number()) && (callee == null || !extension.equals(callee.number()))
            ? "out" : "in";
        CallStreamEvent.Party shown = callee != null ? callee : new CallStreamEvent.Party(t.dialled, null);
        bus.publish(new CallStreamEvent(kind, new CallStreamEvent.Data(t.id.value(), extension, direction, t.caller,
            shown, outcome)));
    }

    private CallStreamEvent.Party party(String number) {
        return new CallStreamEvent.Party(number, nameOf.apply(number));
    }
}
