package org.centralino.web;

import java.util.List;
import org.centralino.core.call.Bridge;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.CallState;
import org.centralino.core.call.Leg;
import org.centralino.core.call.LegId;
import org.centralino.core.call.LegSide;
import org.centralino.core.call.LegState;
import org.centralino.core.call.Outcome;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.LegMetrics;

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
    OutcomeJson outcome,
    boolean transcoded) {

    /**
     * {@code quality}: the leg's media quality now, with its codec and one-way-audio flag (issue 4); set for the
     * caller's leg once its media exist and for the callee's leg that answered, null on the others.
     */
    record LegJson(String id, String side, String target, String state, LegQualityJson quality) {
        static LegJson of(Leg l, LegMetrics quality) {
            return new LegJson(l.id().value(), sideName(l.side()), l.target(), stateName(l.state()),
                LegQualityJson.of(quality));
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

    /** A call without its media quality (each leg's is null). */
    static CallJson of(CallState c) {
        return of(c, CallQuality.NONE);
    }

    /**
     * {@code quality} as the B2BUA measures it now: its caller leg goes to the caller's leg, its callee leg to the
     * leg bridged with the caller. {@code transcoded}: whether the PBX transcodes the call's audio.
     */
    static CallJson of(CallState c, CallQuality quality) {
        LegId answered = c.phase() instanceof CallPhase.Answered a ? a.bridge().callee() : null;
        List<LegJson> legs = c.legs().map(l -> LegJson.of(l, l.side() == LegSide.CALLER ? quality.caller()
            : l.id().equals(answered) ? quality.callee() : null)).toList();
        BridgeJson bridge = c.phase() instanceof CallPhase.Answered a ? BridgeJson.of(a.bridge()) : null;
        OutcomeJson outcome = switch (c.phase()) {
            case CallPhase.Ending e -> OutcomeJson.of(e.outcome());
            case CallPhase.Ended e -> OutcomeJson.of(e.outcome());
            case CallPhase.Routing _, CallPhase.Ringing _, CallPhase.Answered _ -> null;
        };
        return new CallJson(c.id().value(), c.from(), c.to(), phaseName(c.phase()), legs, bridge, outcome,
            quality.transcoded());
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
