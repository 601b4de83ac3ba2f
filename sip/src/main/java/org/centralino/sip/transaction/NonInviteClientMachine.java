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

/** The non-INVITE client transaction of RFC 3261 §17.1.2 (Figure 6). */
public final class NonInviteClientMachine {
    private NonInviteClientMachine() {
    }

    public sealed interface State {
    }

    /** Created, request not yet sent. */
    public record Initial(SipRequest request) implements State {
    }

    /** {@code e} is the current retransmit interval (null on reliable transports). */
    public record Trying(SipRequest request, Duration e) implements State {
    }

    public record Proceeding(SipRequest request) implements State {
    }

    public record Completed() implements State {
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
            case Trying s -> fromTrying(s, event, ctx);
            case Proceeding s -> fromProceeding(s, event, ctx);
            case Completed s -> fromCompleted(s, event);
            case Terminated s -> Transition.stay(s);
        };
    }

    private static Transition<State> fromInitial(Initial s, Event event, TxContext ctx) {
        if (!(event instanceof Start)) {
            return Transition.illegal(s, event + " before the request was sent");
        }
        StartTimer f = new StartTimer(TimerId.F, ctx.timers().timeout());
        if (ctx.reliable()) {
            return Transition.to(new Trying(s.request(), null), new Send(s.request()), f);
        }
        Duration e = ctx.timers().t1();
        return Transition.to(new Trying(s.request(), e), new Send(s.request()), f, new StartTimer(TimerId.E, e));
    }

    private static Transition<State> fromTrying(Trying s, Event event, TxContext ctx) {
        return switch (event) {
            case Start e -> Transition.illegal(s, "started twice");
            case ResponseReceived e when e.response().isProvisional() ->
                Transition.to(new Proceeding(s.request()), new PassUp(e.response()));
            case ResponseReceived e -> completed(e.response(), ctx);
            case TimerFired e when e.timer() == TimerId.E -> {
                Duration next = ctx.timers().backoff(s.e());
                yield Transition.to(new Trying(s.request(), next), new Send(s.request()),
                    new StartTimer(TimerId.E, next));
            }
            case TimerFired e when e.timer() == TimerId.F -> timedOut();
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Trying");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromProceeding(Proceeding s, Event event, TxContext ctx) {
        return switch (event) {
            case Start e -> Transition.illegal(s, "started twice");
            case ResponseReceived e when e.response().isProvisional() -> Transition.to(s, new PassUp(e.response()));
            case ResponseReceived e -> completed(e.response(), ctx);
            // §17.1.2.2: in Proceeding, E fires every T2
            case TimerFired e when e.timer() == TimerId.E ->
                Transition.to(s, new Send(s.request()), new StartTimer(TimerId.E, ctx.timers().t2()));
            case TimerFired e when e.timer() == TimerId.F -> timedOut();
            case TimerFired e -> Transition.illegal(s, "timer " + e.timer() + " in Proceeding");
            case TransportError e -> failed();
        };
    }

    private static Transition<State> fromCompleted(Completed s, Event event) {
        return switch (event) {
            case TimerFired e when e.timer() == TimerId.K -> Transition.to(new Terminated(), new Terminate());
            // response retransmissions are absorbed; late E/F firings are moot
            case ResponseReceived e -> Transition.stay(s);
            case TimerFired e -> Transition.stay(s);
            case Start e -> Transition.illegal(s, "started twice");
            case TransportError e -> Transition.stay(s);
        };
    }

    private static Transition<State> completed(SipResponse r, TxContext ctx) {
        if (ctx.reliable()) {
            return Transition.to(new Terminated(), new PassUp(r), new Terminate());
        }
        return Transition.to(new Completed(), new PassUp(r), new StartTimer(TimerId.K, ctx.timers().t4()));
    }

    private static Transition<State> timedOut() {
        return Transition.to(new Terminated(), new NotifyTimeout(), new Terminate());
    }

    private static Transition<State> failed() {
        return Transition.to(new Terminated(), new NotifyTransportError(), new Terminate());
    }
}
