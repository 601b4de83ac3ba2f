package org.centralino.web;

import java.util.List;
import org.centralino.core.call.Bridge;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.CallState;
import org.centralino.core.call.Leg;
import org.centralino.core.call.LegSide;
import org.centralino.core.call.LegState;
import org.centralino.core.call.Outcome;

/**
 * An active call as the API shows it: the caller's leg first, then the forks in the order they were started.
 * Phases, sides and leg states are lower-case words; {@code bridge} is set while answered, {@code outcome} once
 * the call is ending; both are null otherwise (every field is always present, as in the other resources). The
 * outcome's disposition and hung-up side spell the same enums as a call record's ({@code ANSWERED},
 * {@code CALLEE}), so a client can match a live call with its record.
 */
record CallJson(
    String id,
    String from,
    String to,
    String phase,
    List<LegJson> legs,
    BridgeJson bridge,
    OutcomeJson outcome) {

    record LegJson(String id, String side, String target, String state) {
        static LegJson of(Leg l) {
            return new LegJson(l.id().value(), sideName(l.side()), l.target(), stateName(l.state()));
        }
    }

    /** {@code held}: either leg has put the other on hold (RFC 3264 §8.4). */
    record BridgeJson(String caller, String callee, boolean held) {
        static BridgeJson of(Bridge b) {
            return new BridgeJson(b.caller().value(), b.callee().value(), b.isHeld());
        }
    }

    /** {@code callerStatus}: the final SIP status the caller got, 0 when its leg vanished before one could reach it. */
    record OutcomeJson(String disposition, int callerStatus, String cause, String hungUpBy) {
        static OutcomeJson of(Outcome o) {
            return new OutcomeJson(o.disposition().name(), o.callerStatus(), o.cause().name(), o.hungUpBy().name());
        }
    }

    static CallJson of(CallState c) {
        BridgeJson bridge = c.phase() instanceof CallPhase.Answered a ? BridgeJson.of(a.bridge()) : null;
        OutcomeJson outcome = switch (c.phase()) {
            case CallPhase.Ending e -> OutcomeJson.of(e.outcome());
            case CallPhase.Ended e -> OutcomeJson.of(e.outcome());
            case CallPhase.Routing _, CallPhase.Ringing _, CallPhase.Answered _ -> null;
        };
        return new CallJson(c.id().value(), c.from(), c.to(), phaseName(c.phase()), c.legs().map(LegJson::of).toList(),
            bridge, outcome);
    }

    /** Exhaustive over the sealed phases: a new phase does not compile until it has its name here. */
    static String phaseName(CallPhase p) {
        return switch (p) {
            case CallPhase.Routing _ -> "routing";
            case CallPhase.Ringing _ -> "ringing";
            case CallPhase.Answered _ -> "answered";
            case CallPhase.Ending _ -> "ending";
            case CallPhase.Ended _ -> "ended";
        };
    }

    static String stateName(LegState s) {
        return switch (s) {
            case LegState.Idle _ -> "idle";
            case LegState.Calling _ -> "calling";
            case LegState.Ringing _ -> "ringing";
            case LegState.EarlyMedia _ -> "early-media";
            case LegState.Answered _ -> "answered";
            case LegState.Held _ -> "held";
            case LegState.Ending _ -> "ending";
            case LegState.Ended _ -> "ended";
        };
    }

    static String sideName(LegSide side) {
        return switch (side) {
            case CALLER -> "caller";
            case CALLEE -> "callee";
        };
    }
}
