package org.centralino.media.rtcp;

/**
 * The E-model (ITU-T G.107) reduced to what a VoIP network changes, as in G.107's default values and in
 * Cole and Rosenbluth, "Voice over IP performance monitoring" (ACM CCR 31(2), 2001):
 * R = 93.2 − Id − Ie,eff, where 93.2 is R with every other G.107 parameter at its default,
 * Id = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3) approximates G.107's delay impairment for a one-way delay
 * d in ms with perfect echo cancellation, and Ie,eff = Ie + (95 − Ie)·Ppl / (Ppl / BurstR + Bpl)
 * (G.107 §7.2, Ppl in percent). The MOS (conversational quality, estimated) comes from R by G.107 Annex B.
 */
public final class EModel {
    /** R with every G.107 parameter at its default value (G.107 Table 3). */
    public static final double DEFAULT_R = 93.2;
    /** Where the delay impairment steepens (Cole and Rosenbluth's fit of G.107's Id). */
    public static final double DELAY_KNEE_MILLIS = 177.3;
    /** BurstR for random (independent) loss, G.107 §7.2. */
    public static final double RANDOM_LOSS = 1.0;

    private EModel() {
    }

    /** Id for a one-way mouth-to-ear delay in ms. */
    public static double delayImpairment(double oneWayDelayMillis) {
        double d = Math.max(0, oneWayDelayMillis);
        return 0.024 * d + (d > DELAY_KNEE_MILLIS ? 0.11 * (d - DELAY_KNEE_MILLIS) : 0);
    }

    /** Ie,eff for a codec at a packet-loss percentage and burst ratio (G.107 §7.2, formula 7-29). */
    public static double effectiveEquipmentImpairment(CodecImpairment codec, double lossPercent, double burstRatio) {
        double ppl = Math.clamp(lossPercent, 0, 100);
        double burst = Math.max(1.0, burstRatio);
        return codec.ie() + (95 - codec.ie()) * ppl / (ppl / burst + codec.bpl());
    }

    /** The transmission rating R. */
    public static double rFactor(CodecImpairment codec, double oneWayDelayMillis, double lossPercent, double burstRatio) {
        return DEFAULT_R - delayImpairment(oneWayDelayMillis)
            - effectiveEquipmentImpairment(codec, lossPercent, burstRatio);
    }

    /** MOS from R, ITU-T G.107 Annex B (formula B-4): 1 below R 0, 4.5 above R 100. */
    public static double mos(double r) {
        if (r <= 0) {
            return 1.0;
        }
        if (r >= 100) {
            return 4.5;
        }
        return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
    }

    /** MOS for a codec, a one-way delay in ms and a random loss percentage. */
    public static double mos(CodecImpairment codec, double oneWayDelayMillis, double lossPercent) {
        return mos(rFactor(codec, oneWayDelayMillis, lossPercent, RANDOM_LOSS));
    }
}
