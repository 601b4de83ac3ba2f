package org.centralino.sip.transaction;

import java.time.Duration;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.TxAction.NotifyTimeout;
import org.centralino.sip.transaction.TxAction.NotifyTransportError;
import org.centralino.sip.transaction.TxAction.PassUp;
import org.centralino.sip.transaction.TxAction.Send;
import org.centralino.sip.transaction.TxAction.StartTimer;
import org.centralino.sip.transaction.TxAction.Terminate;

/** The INVITE server transaction of RFC 3261 §17.2.1 (Figure 7) with the Accepted state of RFC 6026 §7.1. */
public final class InviteServerMachine {
    private InviteServerMachine() {
    }

    public sealed interface State {
    }

    /** {@code last} is the last provisional response sent, or null. */
    public record Proceeding(SipResponse last) implements State {
    }

    /** A 2xx was sent; INVITE retransmissions are absorbed until timer L (RFC 6026). */
    public record Accepted(SipResponse ok) implements State {
    }

    /** A 300-699 was sent and is retransmitted every {@code g} until the ACK comes. */
    public record Completed(SipResponse last, Duration g) implements State {
    }

    public record Confirmed() implements State {
    }

    public record Terminated() implements State {
    }

    public sealed interface Event {
    }

    public record RequestRetransmit() implements Event {
    }

    public record TuResponse(SipResponse response) implements Event {
    }

    /** An ACK matched this transaction (one for a non-2xx final carries the INVITE's branch). */
    public record Ack(SipRequest ack) implements Event {
    }

    public record TimerFired(TimerId timer) implements Event {
    }

    public record TransportError() implements Event {
    }

    public static Transition<State> next(State state, Event event, TxContext ctx) {
        return switch (state) {
            case Proceeding s -> fromProceeding(s, event, ctx);
            case Accepted s -> fromAccepted(s, event);
            case Completed s -> fromCompleted(s, event, ctx);
            case Confirmed s -> fromConfirmed(s, event);
            case Terminated s -> Transition.stay(s);
        };
    }

    private static Transition<State> fromProceeding(Proceeding s, Event event, TxContext ctx) {
        return switch (event) {
            case RequestRetransmit e -> s.last() == null ? Transition.stay(s) : Transition.to(s, new Send(s.last()));
            case TuResponse e -> respond(e.response(), ctx);
            case Ack e -> Transition.illegal(s, "ACK before a final response");
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Proceeding");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> respond(SipResponse r, TxContext ctx) {
        if (r.isProvisional()) {
            return Transition.to(new Proceeding(r), new Send(r));
        }
        if (r.isSuccess()) {
            return Transition.to(new Accepted(r), new Send(r), new StartTimer(TimerId.L, ctx.timers().timeout()));
        }
        r = r.compact();
        StartTimer h = new StartTimer(TimerId.H, ctx.timers().timeout());
        if (ctx.reliable()) {
            return Transition.to(new Completed(r, null), new Send(r), h);
        }
        Duration g = ctx.timers().t1();
        return Transition.to(new Completed(r, g), new Send(r), new StartTimer(TimerId.G, g), h);
    }

    private static Transition<State> fromAccepted(Accepted s, Event event) {
        return switch (event) {
            case RequestRetransmit e -> Transition.stay(s);
            // RFC 6026 §7.1: 2xx retransmissions come from the TU and are passed to the transport
            case TuResponse e when e.response().isSuccess() -> Transition.to(new Accepted(e.response()),
                new Send(e.response()));
            case TuResponse e -> Transition.illegal(s, "response " + e.response().status() + " after a 2xx");
            case Ack e -> Transition.to(s, new PassUp(e.ack()));
            case TimerFired e when e.timer() == TimerId.L -> Transition.to(new Terminated(), new Terminate());
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Accepted");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromCompleted(Completed s, Event event, TxContext ctx) {
        return switch (event) {
            case RequestRetransmit e -> Transition.to(s, new Send(s.last()));
            case TuResponse e -> Transition.illegal(s, "response " + e.response().status() + " after a final one");
            case Ack e -> confirmed(ctx);
            case TimerFired e when e.timer() == TimerId.G -> {
                Duration g = ctx.timers().backoff(s.g());
                yield Transition.to(new Completed(s.last(), g), new Send(s.last()), new StartTimer(TimerId.G, g));
            }
            case TimerFired e when e.timer() == TimerId.H ->
                Transition.to(new Terminated(), new NotifyTimeout(), new Terminate());
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Completed");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> confirmed(TxContext ctx) {
        if (ctx.reliable()) {
            return Transition.to(new Terminated(), new Terminate());
        }
        return Transition.to(new Confirmed(), new StartTimer(TimerId.I, ctx.timers().t4()));
    }

    private static Transition<State> fromConfirmed(Confirmed s, Event event) {
        return switch (event) {
            case TimerFired e when e.timer() == TimerId.I -> Transition.to(new Terminated(), new Terminate());
            // ACK retransmissions are absorbed; G and H no longer matter once the ACK came
            case Ack e -> Transition.stay(s);
            case TimerFired e -> Transition.stay(s);
            case RequestRetransmit e -> Transition.stay(s);
            case TuResponse e -> Transition.illegal(s, "response " + e.response().status() + " after ACK");
            case TransportError e -> Transition.stay(s);
        };
    }

    private static Transition<State> failed() {
        return Transition.to(new Terminated(), new NotifyTransportError(), new Terminate());
    }
}
