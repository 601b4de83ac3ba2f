package org.centralino.media.codec;

import java.util.Arrays;
import org.centralino.media.audio.Pcm;

/**
 * Packet loss concealment for codecs that have none of their own (G.711, G.722), after ITU-T G.711 Appendix I
 * (periodic waveform extrapolation):
 * <ol>
 *   <li>At the start of a loss the pitch period is estimated from the last {@value #HISTORY_PERIODS} periods
 *       and a quarter kept of the decoded audio: the lag between 5 and 15 ms ({@value #MAX_PITCH_HZ} to
 *       {@value #MIN_PITCH_HZ} Hz, App. I's 40-120 samples at 8 kHz) whose normalised autocorrelation with the
 *       last 20 ms is highest (coarse search at half resolution, then refined).</li>
 *   <li>The lost audio is made by repeating the last pitch period; the end of the repeated waveform is
 *       overlap-added (triangular windows, a quarter period long) with the audio just before its start, so the
 *       joins where it wraps around are smooth.</li>
 *   <li>After 10 ms of loss the last two periods are repeated, after 20 ms the last three (App. I §I.2.4:
 *       repeating one period for long sounds buzzy); the switch keeps the sample position, so it is seamless.</li>
 *   <li>From 10 ms on the output is attenuated linearly by 20% per 10 ms, reaching silence at 60 ms.</li>
 *   <li>When real audio returns ({@link #remember} after a loss), its first samples are overlap-added with the
 *       continued synthetic signal over a quarter period plus 4 ms per 10 ms of loss beyond the first, at most
 *       10 ms (App. I §I.2.6): the only place it changes the caller's samples.</li>
 * </ol>
 * Unlike App. I, the output is not delayed by 3.75 ms: decoders stay delay-free, so the very first repeated
 * period starts at the sample that followed one period back, which continues a periodic signal in phase.
 * All lengths scale with the sample rate (8 kHz G.711, 16 kHz G.722). Allocation-free; one stream, one thread.
 */
public final class WaveformConcealer {
    static final int MIN_PITCH_HZ = 66;
    static final int MAX_PITCH_HZ = 200;
    /** Periods of the longest pitch (plus a quarter) kept: enough to repeat 3 periods and estimate the pitch. */
    static final int HISTORY_PERIODS = 3;
    /** Attenuation starts after this long of loss (App. I: 10 ms). */
    static final int FULL_LEVEL_MS = 10;
    /** Silence after this long of loss (App. I: 60 ms; 20% per 10 ms after the first 10 ms). */
    static final int SILENT_AFTER_MS = 60;
    private static final int CORRELATION_MS = 20;
    private static final int RETURN_OVERLAP_STEP_MS = 4;

    private final int tenMs;
    private final int fullLevel;
    private final int fade;
    private final int minPeriod;
    private final int maxPeriod;
    private final int correlation;
    private final float[] history;
    private final float[] saved;
    private final float[] cycle;
    private boolean heardAny;
    private int erased;
    private int period;
    private int overlap;
    private int periods;
    private int cycleLength;
    private int position;

    /** @param sampleRate the decoder's output rate (8000 or 16000) */
    public WaveformConcealer(int sampleRate) {
        if (sampleRate < 8000 || sampleRate % 1000 != 0) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz: need a whole kHz, at least 8");
        }
        this.tenMs = Pcm.samples(sampleRate, 10);
        this.fullLevel = Pcm.samples(sampleRate, FULL_LEVEL_MS);
        this.fade = Pcm.samples(sampleRate, SILENT_AFTER_MS - FULL_LEVEL_MS);
        this.minPeriod = sampleRate / MAX_PITCH_HZ;
        this.maxPeriod = sampleRate / MIN_PITCH_HZ;
        this.correlation = Pcm.samples(sampleRate, CORRELATION_MS);
        this.history = new float[HISTORY_PERIODS * maxPeriod + maxPeriod / 4 + correlation];
        this.saved = new float[HISTORY_PERIODS * maxPeriod + maxPeriod / 4];
        this.cycle = new float[HISTORY_PERIODS * maxPeriod];
    }

    /**
     * Keeps the tail of what was decoded, to repeat if the next packet is lost. After a loss it first blends the
     * start of {@code pcm} with the continued concealment, in place.
     */
    public void remember(short[] pcm, int offset, int count) {
        if (erased > 0) {
            blendReturn(pcm, offset, count);
            erased = 0;
        }
        heardAny |= count > 0;
        push(pcm, offset, count);
    }

    /** Fills {@code count} samples of {@code pcm} from {@code offset} for lost audio. */
    public void conceal(short[] pcm, int offset, int count) {
        if (!heardAny) {
            Arrays.fill(pcm, offset, offset + count, (short) 0);
            return;
        }
        if (erased == 0) {
            beginLoss();
        }
        for (int i = offset; i < offset + count; i++) {
            if (periods < HISTORY_PERIODS && erased == periods * tenMs) {
                widen();
            }
            pcm[i] = Pcm.clip(Math.round(synthetic()));
        }
        push(pcm, offset, count);
    }

    private void beginLoss() {
        period = estimatePitch();
        overlap = Math.max(1, period / 4);
        System.arraycopy(history, history.length - saved.length, saved, 0, saved.length);
        periods = 1;
        position = 0;
        buildCycle();
    }

    /** Repeats one more period; the same original sample now sits one period further into the cycle. */
    private void widen() {
        periods++;
        position += period;
        buildCycle();
    }

    /** The last {@code periods} periods, their end overlap-added with what preceded their start. */
    private void buildCycle() {
        cycleLength = periods * period;
        int base = saved.length - cycleLength;
        System.arraycopy(saved, base, cycle, 0, cycleLength);
        for (int i = 0; i < overlap; i++) {
            float w = (i + 1f) / (overlap + 1f);
            int at = cycleLength - overlap + i;
            cycle[at] = saved[base + at] * (1 - w) + saved[base - overlap + i] * w;
        }
    }

    /** The next concealment sample, attenuated by the time lost so far; advances the loss clock. */
    private float synthetic() {
        float gain = erased < fullLevel ? 1f : Math.max(0f, 1f - (float) (erased - fullLevel) / fade);
        float v = cycle[position] * gain;
        position = (position + 1) % cycleLength;
        erased++;
        return v;
    }

    private void blendReturn(short[] pcm, int offset, int count) {
        int extra = Math.max(0, (erased - 1) / tenMs) * (tenMs * RETURN_OVERLAP_STEP_MS / 10);
        int length = Math.min(count, Math.min(overlap + extra, tenMs));
        for (int i = 0; i < length; i++) {
            float w = (i + 1f) / (length + 1f);
            pcm[offset + i] = Pcm.clip(Math.round(pcm[offset + i] * w + synthetic() * (1 - w)));
        }
    }

    /**
     * The lag in [5, 15] ms whose normalised correlation with the last 20 ms of history is highest: a coarse
     * search over every second lag on every second sample, then a fine one around its best (App. I §I.2.2).
     */
    private int estimatePitch() {
        int coarse = bestLag(minPeriod, maxPeriod, 2);
        return bestLag(Math.max(minPeriod, coarse - 1), Math.min(maxPeriod, coarse + 1), 1);
    }

    private int bestLag(int from, int to, int step) {
        int end = history.length;
        int best = to;
        double bestScore = 0;
        for (int lag = from; lag <= to; lag += step) {
            double cross = 0;
            double energy = 0;
            for (int i = end - correlation; i < end; i += step) {
                float earlier = history[i - lag];
                cross += history[i] * earlier;
                energy += earlier * earlier;
            }
            double score = energy > 0 ? cross / Math.sqrt(energy) : 0;
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    private void push(short[] pcm, int offset, int count) {
        int n = Math.min(count, history.length);
        int from = offset + count - n;
        System.arraycopy(history, n, history, 0, history.length - n);
        for (int i = 0; i < n; i++) {
            history[history.length - n + i] = pcm[from + i];
        }
    }
}
