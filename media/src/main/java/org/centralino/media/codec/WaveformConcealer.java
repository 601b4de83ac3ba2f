package org.centralino.media.codec;

/**
 * Packet loss concealment for codecs that have none of their own (G.711, G.722): repeats the last pitch
 * period of the decoded audio, fading it out over consecutive losses, in the spirit of G.711 Appendix I.
 * Placeholder until the jitter-buffer work replaces it with the full algorithm (issue 4).
 */
public final class WaveformConcealer {
    private final short[] history;
    private int filled;
    private int lostInARow;

    public WaveformConcealer(int sampleRate) {
        this.history = new short[sampleRate / 1000 * 30];
    }

    /** Keeps the tail of what was decoded, to repeat if the next packet is lost. */
    public void remember(short[] pcm, int offset, int count) {
        lostInARow = 0;
        if (count >= history.length) {
            System.arraycopy(pcm, offset + count - history.length, history, 0, history.length);
            filled = history.length;
            return;
        }
        int keep = Math.min(filled, history.length - count);
        System.arraycopy(history, filled - keep, history, 0, keep);
        System.arraycopy(pcm, offset, history, keep, count);
        filled = keep + count;
    }

    /** Fills {@code count} samples for a lost packet. */
    public void conceal(short[] pcm, int offset, int count) {
        lostInARow++;
        if (filled == 0) {
            java.util.Arrays.fill(pcm, offset, offset + count, (short) 0);
            return;
        }
        int period = Math.min(filled, history.length / 3);
        double gain = Math.max(0, 1.0 - 0.2 * lostInARow);
        for (int i = 0; i < count; i++) {
            pcm[offset + i] = (short) (history[filled - period + i % period] * gain);
        }
    }
}
