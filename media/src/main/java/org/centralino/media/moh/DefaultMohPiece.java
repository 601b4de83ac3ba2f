package org.centralino.media.moh;

import org.centralino.media.audio.Pcm;

/**
 * The built-in music on hold, composed by this code (no file, no licence question): a slow eight-chord
 * progression in C major (Cmaj7, Am7, Fmaj7, G6, Em7, Am(add9), Dm7, Gsus4), 7.5 s per chord, 60 s in all, played by
 * <ul>
 *   <li>a pad: four chord tones, each three harmonics in two copies detuned by ±0.15% (a slow, soft chorus),
 *       two-second attack and release overlapping the next chord;</li>
 *   <li>a bass on the root with two harmonics, so narrowband (G.711) phones still hear the line;</li>
 *   <li>a gentle arpeggio an octave up, twelve notes per chord, bell-like: upper harmonics decay faster.</li>
 * </ul>
 * Rendered once into a circular buffer, so the loop joins without a seam, and levelled to
 * {@value #TARGET_RMS_DBFS} dBFS RMS: music on hold should sit a little under speech prompts (-18 dBFS).
 * Deterministic: same samples on every run.
 */
public final class DefaultMohPiece {
    /** Length of the loop. */
    public static final int LOOP_SECONDS = 60;
    /** RMS level of the rendered piece, dBFS. */
    public static final double TARGET_RMS_DBFS = -20;

    static final int[][] CHORDS = {
        {60, 64, 67, 71}, {57, 60, 64, 67}, {53, 57, 60, 64}, {55, 59, 62, 64},
        {52, 55, 59, 62}, {57, 60, 64, 71}, {62, 65, 69, 72}, {55, 60, 62, 65},
    };
    static final int[] ROOTS = {48, 45, 41, 43, 40, 45, 38, 43};
    private static final int[] ARPEGGIO = {0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1};
    private static final double[] PAD_HARMONICS = {1.0, 0.25, 0.08};
    private static final double[] BASS_HARMONICS = {1.0, 0.5, 0.25};
    private static final double[] BELL_HARMONICS = {1.0, 0.35, 0.12};
    private static final double[] BELL_DECAY_SECONDS = {0.9, 0.4, 0.2};
    private static final double DETUNE = 0.0015;
    private static final double PAD_AMP = 0.10;
    private static final double BASS_AMP = 0.14;
    private static final double BELL_AMP = 0.16;

    private DefaultMohPiece() {
    }

    /** Renders the loop at {@link Pcm#RATE}. About 50 million multiply-adds; call once and share the result. */
    public static short[] render() {
        int rate = Pcm.RATE;
        LoopSynth synth = new LoopSynth(rate, LOOP_SECONDS * rate);
        int chordLength = synth.length() / CHORDS.length;
        for (int c = 0; c < CHORDS.length; c++) {
            int start = c * chordLength;
            pad(synth, start, chordLength, CHORDS[c]);
            bass(synth, start, chordLength, ROOTS[c]);
            arpeggio(synth, start, chordLength, CHORDS[c]);
        }
        return level(synth.buffer());
    }

    static double hz(int midiNote) {
        return 440 * Math.pow(2, (midiNote - 69) / 12.0);
    }

    private static void pad(LoopSynth synth, int start, int chordLength, int[] chord) {
        int fade = 2 * synth.rate();
        int begin = start - fade / 2; // the attack straddles the chord change, crossfading with the last chord
        LoopSynth.Shape shape = new LoopSynth.Shape(fade, fade);
        for (int note : chord) {
            for (int h = 0; h < PAD_HARMONICS.length; h++) {
                double f = hz(note) * (h + 1);
                double amp = PAD_AMP * PAD_HARMONICS[h] / 2;
                synth.partial(begin, chordLength + fade, f * (1 + DETUNE), amp, shape, 0);
                synth.partial(begin, chordLength + fade, f * (1 - DETUNE), amp, shape, 0);
            }
        }
    }

    private static void bass(LoopSynth synth, int start, int chordLength, int root) {
        int fade = synth.rate();
        LoopSynth.Shape shape = new LoopSynth.Shape(fade, fade);
        for (int h = 0; h < BASS_HARMONICS.length; h++) {
            synth.partial(start - fade / 2, chordLength + fade, hz(root) * (h + 1), BASS_AMP * BASS_HARMONICS[h],
                shape, 0);
        }
    }

    private static void arpeggio(LoopSynth synth, int start, int chordLength, int[] chord) {
        int step = chordLength / ARPEGGIO.length;
        int noteLength = step * 4;
        LoopSynth.Shape shape = new LoopSynth.Shape(synth.rate() / 60, synth.rate() / 4); // 17 ms in, 250 ms out
        for (int i = 0; i < ARPEGGIO.length; i++) {
            double f = hz(chord[ARPEGGIO[i]] + 12);
            double accent = i % 6 == 0 ? 1.0 : 0.75;
            for (int h = 0; h < BELL_HARMONICS.length; h++) {
                synth.partial(start + i * step, noteLength, f * (h + 1), BELL_AMP * accent * BELL_HARMONICS[h],
                    shape, BELL_DECAY_SECONDS[h]);
            }
        }
    }

    private static short[] level(double[] mix) {
        double sum = 0;
        for (double v : mix) {
            sum += v * v;
        }
        double gain = 32767 * Math.pow(10, TARGET_RMS_DBFS / 20) / Math.sqrt(sum / mix.length);
        short[] out = new short[mix.length];
        for (int i = 0; i < mix.length; i++) {
            out[i] = Pcm.clip((int) Math.round(mix[i] * gain));
        }
        return out;
    }
}
