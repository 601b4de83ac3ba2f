package org.centralino.media.rtcp;

import java.util.Locale;

/**
 * A codec's equipment impairment factor Ie and packet-loss robustness Bpl for the E-model (ITU-T G.107 §7.2,
 * values from ITU-T G.113 Appendix I, Tables I.1 and I.3), on the narrowband scale (R at most 93.2).
 *
 * <p>G.113 Appendix I gives G.711 with packet loss concealment (G.711 Appendix I) Ie 0, Bpl 25.1, G.711 without
 * concealment Bpl 4.3, and G.729(A) with VAD Ie 11, Bpl 19. It has no narrowband figures for G.722 or Opus:
 * their values are given only on the wideband scale of G.107.1, which is not comparable. On the narrowband
 * scale neither is worse than G.711 when nothing is lost (both carry at least the 300-3400 Hz band with less
 * distortion), so both get Ie 0; for loss both conceal lost frames at least as well as G.711 with Appendix I
 * concealment (G.722 Appendix III/IV, Opus's own PLC), and crediting them more (Opus in-band FEC) would need a
 * measurement we do not have, so both get G.711's Bpl 25.1. The MOS is therefore the same as G.711's at equal
 * loss and delay: it understates their wideband quality and never overstates their robustness. An unknown
 * codec gets the cautious G.711-without-concealment values (Ie 0, Bpl 4.3).
 *
 * @param ie equipment impairment factor with no loss
 * @param bpl packet-loss robustness factor
 */
public record CodecImpairment(double ie, double bpl) {
    /** G.711 (PCMU, PCMA) with Appendix I concealment: G.113 Appendix I, Table I.3. */
    public static final CodecImpairment G711_PLC = new CodecImpairment(0, 25.1);
    /** G.711 without concealment: G.113 Appendix I, Table I.3. */
    public static final CodecImpairment G711_NO_PLC = new CodecImpairment(0, 4.3);
    /** G.729 and G.729A (with VAD): G.113 Appendix I, Tables I.1 and I.3. */
    public static final CodecImpairment G729 = new CodecImpairment(11, 19);
    /** G.722 on the narrowband scale: our choice, see the class comment. */
    public static final CodecImpairment G722 = G711_PLC;
    /** Opus on the narrowband scale: our choice, see the class comment. */
    public static final CodecImpairment OPUS = G711_PLC;

    public CodecImpairment {
        if (ie < 0 || bpl <= 0) {
            throw new IllegalArgumentException("Ie must be >= 0 and Bpl > 0, got Ie " + ie + ", Bpl " + bpl);
        }
    }

    /** The values for an RTP encoding name as SDP writes it (case-insensitive: PCMU, PCMA, G722, G729, opus). */
    public static CodecImpairment forEncoding(String encoding) {
        return switch (encoding.toUpperCase(Locale.ROOT)) {
            case "PCMU", "PCMA" -> G711_PLC;
            case "G729", "G729A" -> G729;
            case "G722" -> G722;
            case "OPUS" -> OPUS;
            default -> G711_NO_PLC;
        };
    }
}
