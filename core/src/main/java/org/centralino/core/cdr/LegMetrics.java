package org.centralino.core.cdr;

import java.util.Objects;

/**
 * The call quality of one leg as the PBX measured it on the RTP its phone sent (RFC 3550 A.3 loss, A.8
 * interarrival jitter), the round-trip time to that phone from RTCP (RFC 3550 §6.4.1) and an E-model MOS (ITU-T
 * G.107 / P.800.1): what a call record keeps per leg and what {@code GET /api/v1/calls} shows live.
 *
 * @param codec            the RTP encoding name the leg's phone speaks (PCMU, PCMA, G722, opus...); 1 to
 *                         {@value #CODEC_MAX} characters
 * @param packetsReceived  RTP packets received from the phone
 * @param packetsLost      packets its sequence numbers say were sent and never arrived (negative when
 *                         duplicates outnumber losses, as RFC 3550 A.3 allows)
 * @param lossPercent      lost over expected, in percent, 0 to 100
 * @param jitterMillis     interarrival jitter of its stream, ms, not negative
 * @param roundTripMillis  round-trip time between the PBX and the phone, ms; null when unknown (no RTCP)
 * @param mos              estimated MOS, {@value #MOS_MIN} to {@value #MOS_MAX}; null when no RTP arrived
 * @param oneWayAudio      whether the leg was flagged for one-way audio (silent while the other leg was not)
 */
public record LegMetrics(
    String codec,
    long packetsReceived,
    long packetsLost,
    double lossPercent,
    double jitterMillis,
    Double roundTripMillis,
    Double mos,
    boolean oneWayAudio) {

    public static final int CODEC_MAX = 32;
    public static final double MOS_MIN = 1.0;
    public static final double MOS_MAX = 4.5;

    public LegMetrics {
        codec = CdrText.clean(Objects.requireNonNull(codec, "codec"), CODEC_MAX);
        if (codec.isEmpty()) {
            throw new IllegalArgumentException("a leg's codec needs a name");
        }
        if (packetsReceived < 0) {
            throw new IllegalArgumentException("packets received cannot be negative, got " + packetsReceived);
        }
        if (!(lossPercent >= 0 && lossPercent <= 100)) {
            throw new IllegalArgumentException("loss must be 0 to 100 %, got " + lossPercent);
        }
        if (!(jitterMillis >= 0) || Double.isInfinite(jitterMillis)) {
            throw new IllegalArgumentException("jitter must be a finite number of ms, not negative, got " + jitterMillis);
        }
        if (roundTripMillis != null && (!(roundTripMillis >= 0) || roundTripMillis.isInfinite())) {
            throw new IllegalArgumentException("round-trip time must be finite and not negative, got " + roundTripMillis);
        }
        if (mos != null && !(mos >= MOS_MIN && mos <= MOS_MAX)) {
            throw new IllegalArgumentException("MOS must be " + MOS_MIN + " to " + MOS_MAX + ", got " + mos);
        }
    }

    /** The same leg, flagged for one-way audio when {@code flagged} (a flag once raised stays in the record). */
    public LegMetrics flagged(boolean flagged) {
        return flagged == oneWayAudio ? this : new LegMetrics(codec, packetsReceived, packetsLost, lossPercent,
            jitterMillis, roundTripMillis, mos, flagged);
    }
}
