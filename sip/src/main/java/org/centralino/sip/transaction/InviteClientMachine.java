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

/** The INVITE client transaction of RFC 3261 §17.1.1 (Figure 5) with the Accepted state of RFC 6026 §7.2. */
public final class InviteClientMachine {
    /** Timer D on unreliable transports: at least 32 s (RFC 3261 §17.1.1.2). */
    static final Duration TIMER_D = Duration.ofSeconds(32);

    private InviteClientMachine() {
    }

    public sealed interface State {
    }

    public record Initial(SipRequest invite) implements State {
    }

    /** {@code a} is the current retransmit interval (null on reliable transports). */
    public record Calling(SipRequest invite, Duration a) implements State {
    }

    public record Proceeding(SipRequest invite) implements State {
    }

    /** A non-2xx final came; {@code ack} answers each retransmission of it. */
    public record Completed(SipRequest ack) implements State {
    }

    /** A 2xx came; further 2xx (retransmissions, other forks) go to the TU until timer M (RFC 6026). */
    public record Accepted() implements State {
    }

    public record Terminated() implements State {
    }

    public sealed interface Event {
    }

    public record Start() implements Event {
    }

    public record ResponseReceived(SipResponse response) implements Event {
    }

    public record TimerFired(TimerId timer) implements Event {
    }

    public record TransportError() implements Event {
    }

    public static Transition<State> next(State state, Event event, TxContext ctx) {
        return switch (state) {
            case Initial s -> fromInitial(s, event, ctx);
            case Calling s -> fromCalling(s, event, ctx);
            case Proceeding s -> fromProceeding(s, event, ctx);
            case Completed s -> fromCompleted(s, event);
            case Accepted s -> fromAccepted(s, event);
            case Terminated s -> Transition.stay(s);
        };
    }

    private static Transition<State> fromInitial(Initial s, Event event, TxContext ctx) {
        if (!(event instanceof Start)) {
            return Transition.illegal(s, event + " before the INVITE was sent");
        }
        StartTimer b = new StartTimer(TimerId.B, ctx.timers().timeout());
        if (ctx.reliable()) {
            return Transition.to(new Calling(s.invite(), null), new Send(s.invite()), b);
        }
        Duration a = ctx.timers().t1();
        return Transition.to(new Calling(s.invite(), a), new Send(s.invite()), b, new StartTimer(TimerId.A, a));
    }

    private static Transition<State> fromCalling(Calling s, Event event, TxContext ctx) {
        return switch (event) {
            case Start e -> Transition.illegal(s, "started twice");
            case ResponseReceived e -> onResponse(s.invite(), e.response(), ctx);
            // §17.1.1.2: timer A doubles with no cap
            case TimerFired e when e.timer() == TimerId.A -> {
                Duration next = s.a().multipliedBy(2);
                yield Transition.to(new Calling(s.invite(), next), new Send(s.invite()),
                    new StartTimer(TimerId.A, next));
            }
            case TimerFired e when e.timer() == TimerId.B ->
                Transition.to(new Terminated(), new NotifyTimeout(), new Terminate());
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Calling");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromProceeding(Proceeding s, Event event, TxContext ctx) {
        return switch (event) {
            case Start e -> Transition.illegal(s, "started twice");
            case ResponseReceived e -> onResponse(s.invite(), e.response(), ctx);
            // A and B matter only in Calling; the TU CANCELs a call that rings too long
            case TimerFired e -> Transition.stay(s);
            case TransportError e -> failed();
        };
    }

    private static Transition<State> onResponse(SipRequest invite, SipResponse r, TxContext ctx) {
        if (r.isProvisional()) {
            return Transition.to(new Proceeding(invite), new PassUp(r));
        }
        if (r.isSuccess()) {
            return Transition.to(new Accepted(), new PassUp(r), new StartTimer(TimerId.M, ctx.timers().timeout()));
        }
        SipRequest ack = RequestFactory.ackForNonSuccess(invite, r);
        if (ctx.reliable()) {
            return Transition.to(new Terminated(), new Send(ack), new PassUp(r), new Terminate());
        }
        return Transition.to(new Completed(ack), new Send(ack), new PassUp(r), new StartTimer(TimerId.D, TIMER_D));
    }

    private static Transition<State> fromCompleted(Completed s, Event event) {
        return switch (event) {
            case ResponseReceived e when e.response().status() >= 300 -> Transition.to(s, new Send(s.ack()));
            case ResponseReceived e -> Transition.illegal(s, "response " + e.response().status() + " in Completed");
            case TimerFired e when e.timer() == TimerId.D -> Transition.to(new Terminated(), new Terminate());
            case TimerFired e -> Transition.stay(s);
            case Start e -> Transition.illegal(s, "started twice");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromAccepted(Accepted s, Event event) {
        return switch (event) {
            case ResponseReceived e when e.response().isSuccess() -> Transition.to(s, new PassUp(e.response()));
            case ResponseReceived e -> Transition.illegal(s, "response " + e.response().status() + " after a 2xx");
            case TimerFired e when e.timer() == TimerId.M -> Transition.to(new Terminated(), new Terminate());
            case TimerFired e -> Transition.stay(s);
            case Start e -> Transition.illegal(s, "started twice");
            case TransportError e -> Transition.stay(s);
        };
    }

    private static Transition<State> failed() {
        return Transition.to(new Terminated(), new NotifyTransportError(), new Terminate());
    }
}
