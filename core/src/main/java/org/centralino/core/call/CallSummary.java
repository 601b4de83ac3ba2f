package org.centralino.core.call;

import java.util.List;

/** A read-only view of one active call for the API ({@code GET /api/v1/calls}) and the console. */
public record CallSummary(CallId id, String from, String to, String phase, List<LegSummary> legs) {
    public CallSummary {
        legs = List.copyOf(legs);
    }

    public record LegSummary(LegId id, Party side, String target, String state) {
    }

    static CallSummary of(CallState s) {
        return new CallSummary(s.id(), s.from(), s.to(), s.phase().getClass().getSimpleName(),
            s.legs().map(l -> new LegSummary(l.id(), l.side(), l.target(), l.state().getClass().getSimpleName()))
                .toList());
    }
}
