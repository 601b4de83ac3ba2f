package org.centralino.core.call;

import org.centralino.core.call.LegAction.AcceptAnswer;
import org.centralino.core.call.LegAction.HangUp;
import org.centralino.core.call.LegEvent.Answered;
import org.centralino.core.call.LegEvent.ByeReceived;
import org.centralino.core.call.LegEvent.ByeSent;
import org.centralino.core.call.LegEvent.CancelReceived;
import org.centralino.core.call.LegEvent.CancelSent;
import org.centralino.core.call.LegEvent.Closed;
import org.centralino.core.call.LegEvent.Hold;
import org.centralino.core.call.LegEvent.InviteReceived;
import org.centralino.core.call.LegEvent.InviteSent;
import org.centralino.core.call.LegEvent.Provisional;
import org.centralino.core.call.LegEvent.Rejected;
import org.centralino.core.call.LegEvent.Reoffer;
import org.centralino.core.call.LegEvent.Resume;
import org.centralino.core.call.LegEvent.Timeout;
import org.centralino.core.call.LegEvent.TransportFailure;
import org.centralino.core.call.LegState.Calling;
import org.centralino.core.call.LegState.EarlyMedia;
import org.centralino.core.call.LegState.Ended;
import org.centralino.core.call.LegState.Ending;
import org.centralino.core.call.LegState.Held;
import org.centralino.core.call.LegState.Idle;
import org.centralino.core.call.LegState.Ringing;

/** One leg's state machine: a pure, exhaustive {@code next(state, event)}; the call applies the result. */
public final class LegMachine {
    private LegMachine() {
    }

    public static LegTransition next(LegState state, LegEvent event) {
        return switch (state) {
            case Idle s -> fromIdle(s, event);
            case Calling _, Ringing _, EarlyMedia _ -> fromEarly(state, event);
            case LegState.Answered _, Held _ -> fromConnected(state, event);
            case Ending s -> fromEnding(s, event);
            case Ended s -> LegTransition.illegal(s, event + " after the leg ended (" + s.reason() + ")");
        };
    }

    private static LegTransition fromIdle(Idle s, LegEvent event) {
        return switch (event) {
            case InviteSent _, InviteReceived _ -> LegTransition.to(new Calling());
            case Provisional _, Answered _, Rejected _, CancelSent _, CancelReceived _, ByeSent _, ByeReceived _,
                 Closed _, Timeout _, TransportFailure _, Hold _, Resume _, Reoffer _ ->
                LegTransition.illegal(s, event + " before the INVITE");
        };
    }

    private static LegTransition fromEarly(LegState s, LegEvent event) {
        return switch (event) {
            case InviteSent _, InviteReceived _ -> LegTransition.illegal(s, "INVITE twice");
            // a 180 after a 183 with SDP does not stop the early media already flowing
            case Provisional p -> LegTransition.to(p.earlyMedia() || s instanceof EarlyMedia
                ? new EarlyMedia() : new Ringing());
            case Answered _ -> LegTransition.to(new LegState.Answered());
            case Rejected r -> LegTransition.to(new Ended(EndReason.REJECTED, r.status()));
            case CancelSent _ -> LegTransition.to(new Ending(EndReason.CANCELLED, false));
            case CancelReceived _ -> LegTransition.to(new Ended(EndReason.CANCELLED, CallStatus.REQUEST_TERMINATED));
            // §15: a caller MAY send BYE on an early dialog; it ends the leg like a CANCEL
            case ByeReceived _ -> LegTransition.to(new Ended(EndReason.HANGUP_REMOTE, 0));
            case ByeSent _ -> LegTransition.illegal(s, "BYE before the answer: reject or CANCEL instead");
            case Closed _ -> LegTransition.illegal(s, "closed while nothing was ending");
            case Timeout _ -> LegTransition.to(new Ended(EndReason.TIMEOUT, 0));
            case TransportFailure _ -> LegTransition.to(new Ended(EndReason.TRANSPORT_FAILURE, 0));
            case Hold _, Resume _, Reoffer _ -> LegTransition.illegal(s, event + " before the answer");
        };
    }

    private static LegTransition fromConnected(LegState s, LegEvent event) {
        return switch (event) {
            // 1xx to a re-INVITE, 2xx retransmission, failed re-INVITE (e.g. 491 glare): the dialog stays
            case Provisional _, Answered _, Rejected _, Reoffer _ -> LegTransition.to(s);
            case InviteSent _, InviteReceived _ -> LegTransition.illegal(s, "INVITE twice");
            // §9.2: a CANCEL after the final response has no effect
            case CancelSent _, CancelReceived _ -> LegTransition.illegal(s, "CANCEL after the answer");
            case ByeReceived _ -> LegTransition.to(new Ended(EndReason.HANGUP_REMOTE, 0));
            case ByeSent _ -> LegTransition.to(new Ending(EndReason.HANGUP_LOCAL, true));
            case Closed _ -> LegTransition.illegal(s, "closed while nothing was ending");
            case Timeout _ -> LegTransition.to(new Ended(EndReason.TIMEOUT, 0));
            case TransportFailure _ -> LegTransition.to(new Ended(EndReason.TRANSPORT_FAILURE, 0));
            case Hold _ -> LegTransition.to(new Held());
            case Resume _ -> LegTransition.to(new LegState.Answered());
        };
    }

    private static LegTransition fromEnding(Ending s, LegEvent event) {
        Ended ended = new Ended(s.reason(), s.reason() == EndReason.CANCELLED ? CallStatus.REQUEST_TERMINATED : 0);
        return switch (event) {
            // §9.1, §13.2.2.4: a 2xx that crossed our CANCEL is acknowledged, then the dialog is ended with BYE
            case Answered _ when !s.byeSent() -> LegTransition.to(new Ending(s.reason(), true),
                new AcceptAnswer(), new HangUp());
            case Answered _ -> LegTransition.to(s); // retransmission: the dialog layer repeats the ACK
            case Provisional _ -> LegTransition.to(s); // a 1xx crossing the CANCEL
            case Rejected _ when !s.byeSent() -> LegTransition.to(ended); // the 487 to our CANCEL
            case Rejected _ -> LegTransition.to(s);
            case ByeReceived _, Closed _, Timeout _, TransportFailure _ -> LegTransition.to(ended);
            case InviteSent _, InviteReceived _, CancelSent _, CancelReceived _, ByeSent _, Hold _, Resume _,
                 Reoffer _ -> LegTransition.illegal(s, event + " while ending");
        };
    }
}
