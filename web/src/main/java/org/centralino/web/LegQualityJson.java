package org.centralino.web;

import org.centralino.core.cdr.LegMetrics;

/**
 * One leg's media quality as the API shows it, live under {@code /api/v1/calls} and kept under {@code /api/v1/cdr}
 * (issue 4, "Quality"): every field present, {@code roundTripMillis} null while unknown, {@code mos} null when no
 * RTP arrived.
 */
record LegQualityJson(
    String codec,
    long packetsReceived,
    long packetsLost,
    double lossPercent,
    double jitterMillis,
    Double roundTripMillis,
    Double mos,
    boolean oneWayAudio) {

    /** Null for a leg without media. */
    static LegQualityJson of(LegMetrics m) {
        return m == null ? null : new LegQualityJson(m.codec(), m.packetsReceived(), m.packetsLost(),
            m.lossPercent(), m.jitterMillis(), m.roundTripMillis(), m.mos(), m.oneWayAudio());
    }
}
