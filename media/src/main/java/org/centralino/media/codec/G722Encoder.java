package org.centralino.media.codec;

/**
 * G.722 sub-band ADPCM encoder, 64 kbit/s mode (ITU-T G.722 §3): the transmit QMF splits 16 kHz PCM into
 * two 8 kHz sub-bands; the lower band is quantised to 6 bits (blocks 1L–4L), the higher to 2 bits (blocks
 * 1H–4H); each pair of input samples gives one octet, IH in the two most significant bits (§1.4.4). State is
 * carried across packets, as the stream is one continuous ADPCM signal; nothing is allocated per packet.
 */
final class G722Encoder implements Encoder {
    /** Threshold of the 2-bit higher band quantiser, Q2 = 564 scaled by 2^-12 of DETH (§3.2, block 1H). */
    private static final int HIGH_THRESHOLD = 564;

    private final G722Qmf qmf = new G722Qmf();
    private final G722Band lower = G722Band.lower();
    private final G722Band higher = G722Band.higher();

    @Override
    public int encode(short[] pcm, int offset, int samples, byte[] out, int outOffset) {
        if (samples < 0 || (samples & 1) != 0) {
            throw new CodecException("G.722 encodes pairs of 16 kHz samples; got " + samples + " samples");
        }
        int bytes = samples / 2;
        for (int i = 0; i < bytes; i++) {
            qmf.analyse(pcm[offset + 2 * i], pcm[offset + 2 * i + 1]);
            int il = encodeLower(qmf.low());
            int ih = encodeHigher(qmf.high());
            out[outOffset + i] = (byte) (ih << 6 | il);
        }
        return bytes;
    }

    /** Blocks 1L (SUBTRA, QUANTL), 2L (INVQAL), 3L and 4L; returns the 6-bit code IL. */
    private int encodeLower(int xl) {
        int el = G722Band.sat16(xl - lower.s);
        int magnitude = el >= 0 ? el : ~el; // QUANTL compares |EL| as the one's complement (§6.2.1.2)
        int interval = quantiseLower(magnitude);
        int il = el < 0 ? G722Tables.CODE_NEGATIVE[interval] : G722Tables.CODE_POSITIVE[interval];
        int il4 = il >> 2;
        int dl = lower.dequantise(G722Tables.QM4[il4]);
        lower.adaptScale(G722Tables.RL42[il4]);
        lower.predict(dl);
        return il;
    }

    /**
     * QUANTL's interval search: the first i in 1..29 whose decision level (Q6(i) · DETL) >> 12 exceeds
     * {@code magnitude}, else 30. The levels grow with i, so a binary search finds the same interval as the
     * recommendation's sequential comparison in five steps instead of up to thirty.
     */
    private int quantiseLower(int magnitude) {
        int low = 1;
        int high = G722Tables.LOW_INTERVALS;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (magnitude < (G722Tables.Q6[mid] * lower.det) >> 12) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Blocks 1H (SUBTRA, QUANTH), 2H (INVQAH), 3H and 4H; returns the 2-bit code IH. */
    private int encodeHigher(int xh) {
        int eh = G722Band.sat16(xh - higher.s);
        int magnitude = eh >= 0 ? eh : ~eh;
        boolean outer = magnitude >= (HIGH_THRESHOLD * higher.det) >> 12;
        int ih = eh < 0 ? (outer ? 0 : 1) : (outer ? 2 : 3);
        int dh = higher.dequantise(G722Tables.QM2[ih]);
        higher.adaptScale(G722Tables.RH2[ih]);
        higher.predict(dh);
        return ih;
    }
}
