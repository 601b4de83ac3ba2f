package org.centralino.sip.transaction;

import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.TxAction.NotifyTransportError;
import org.centralino.sip.transaction.TxAction.Send;
import org.centralino.sip.transaction.TxAction.StartTimer;
import org.centralino.sip.transaction.TxAction.Terminate;

/** The non-INVITE server transaction of RFC 3261 §17.2.2 (Figure 8). */
public final class NonInviteServerMachine {
    private NonInviteServerMachine() {
    }

    public sealed interface State {
    }

    public record Trying() implements State {
    }

    public record Proceeding(SipResponse last) implements State {
    }

    public record Completed(SipResponse last) implements State {
    }

    public record Terminated() implements State {
    }

    public sealed interface Event {
    }

    /** The same request arrived again. */
    public record RequestRetransmit() implements Event {
    }

    /** The transaction user responds. */
    public record TuResponse(SipResponse response) implements Event {
    }

    public record TimerFired(TimerId timer) implements Event {
    }

    public record TransportError() implements Event {
    }

    public static Transition<State> next(State state, Event event, TxContext ctx) {
        return switch (state) {
            case Trying s -> fromTrying(event, ctx);
            case Proceeding s -> fromProceeding(s, event, ctx);
            case Completed s -> fromCompleted(s, event);
            case Terminated s -> Transition.stay(s);
        };
    }

    private static Transition<State> fromTrying(Event event, TxContext ctx) {
        return switch (event) {
            // §17.2.2: in Trying, request retransmissions are discarded
            case RequestRetransmit e -> Transition.stay(new Trying());
            case TuResponse e -> respond(e.response(), ctx);
            case TimerFired e -> Transition.illegal(new Trying(), "timer " + e.timer() + " in Trying");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromProceeding(Proceeding s, Event event, TxContext ctx) {
        return switch (event) {
            case RequestRetransmit e -> Transition.to(s, new Send(s.last()));
            case TuResponse e -> respond(e.response(), ctx);
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Proceeding");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromCompleted(Completed s, Event event) {
        return switch (event) {
            case RequestRetransmit e -> Transition.to(s, new Send(s.last()));
            case TuResponse e -> Transition.illegal(s, "response " + e.response().status() + " after a final one");
            case TimerFired e when e.timer() == TimerId.J -> Transition.to(new Terminated(), new Terminate());
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Completed");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> respond(SipResponse r, TxContext ctx) {
        if (r.isProvisional()) {
            return Transition.to(new Proceeding(r), new Send(r));
        }
        if (ctx.reliable()) {
            // Timer J is zero on reliable transports: Completed is left at once
            return Transition.to(new Terminated(), new Send(r), new Terminate());
        }
        // kept for 32 s only to be resent: hold its wire bytes, not the parsed headers
        SipResponse wire = r.compact();
        return Transition.to(new Completed(wire), new Send(wire), new StartTimer(TimerId.J, ctx.timers().timeout()));
    }

    private static Transition<State> failed() {
        return Transition.to(new Terminated(), new NotifyTransportError(), new Terminate());
    }
}
