package org.centralino.media.codec;

/**
 * G.722 sub-band ADPCM decoder, 64 kbit/s mode (ITU-T G.722 §4): each octet gives a 6-bit lower band code
 * (inverse-quantised with the 6-bit table for output, with the 4-bit table for the predictor, §4.2.1) and a
 * 2-bit higher band code; the receive QMF turns the two 8 kHz sub-band samples into two 16 kHz samples.
 * A lost packet is concealed by {@link WaveformConcealer} on the decoded 16 kHz audio (the ADPCM state is
 * left as it was, so the next packet decodes from the last good state). Nothing is allocated per packet.
 */
final class G722Decoder implements Decoder {
    /** Limits of the reconstructed sub-band signals RL and RH (§4.2, blocks 6L/6H LIMIT): 15 bits. */
    private static final int RECONSTRUCTED_MIN = -16384;
    private static final int RECONSTRUCTED_MAX = 16383;

    private final G722Qmf qmf = new G722Qmf();
    private final G722Band lower = G722Band.lower();
    private final G722Band higher = G722Band.higher();
    private final WaveformConcealer plc = new WaveformConcealer(G722Codec.SAMPLE_RATE);

    @Override
    public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset) {
        for (int i = 0; i < length; i++) {
            int code = payload[offset + i] & 0xFF;
            int rl = decodeLower(code & 0x3F);
            int rh = decodeHigher(code >> 6);
            qmf.synthesise(rl, rh, pcm, pcmOffset + 2 * i);
        }
        int samples = 2 * length;
        plc.remember(pcm, pcmOffset, samples);
        return samples;
    }

    @Override
    public int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset, int samples) {
        plc.conceal(pcm, pcmOffset, samples);
        return samples;
    }

    /** Blocks 5L (INVQBL, RECONS), 6L (LIMIT), 2L (INVQAL), 3L and 4L; returns RL. */
    private int decodeLower(int il) {
        int rl = Math.clamp(lower.s + lower.dequantise(G722Tables.QM6[il]), RECONSTRUCTED_MIN, RECONSTRUCTED_MAX);
        int il4 = il >> 2;
        int dl = lower.dequantise(G722Tables.QM4[il4]);
        lower.adaptScale(G722Tables.RL42[il4]);
        lower.predict(dl);
        return rl;
    }

    /** Blocks 2H (INVQAH), 5H (RECONS), 6H (LIMIT), 3H and 4H; returns RH. */
    private int decodeHigher(int ih) {
        int dh = higher.dequantise(G722Tables.QM2[ih]);
        int rh = Math.clamp(higher.s + dh, RECONSTRUCTED_MIN, RECONSTRUCTED_MAX);
        higher.adaptScale(G722Tables.RH2[ih]);
        higher.predict(dh);
        return rh;
    }
}
