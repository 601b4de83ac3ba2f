package org.centralino.media.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.centralino.media.audio.FrameRecorder;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.SineSource;
import org.centralino.media.audio.Signals;

/**
 * A test conference: party i speaks a sine of {@code TONES[i]} Hz and records what it hears; {@link #whoHearsWhom}
 * measures, by Goertzel on each party's output, which tones reach which party.
 */
final class TestRoom {
    /** Multiples of 100 Hz: a window of 5 frames (1600 samples, 10 Hz bins) holds whole periods of each. */
    static final int[] TONES = {300, 500, 700, 900, 1100, 1300};
    static final double AMPLITUDE = 2000;
    private static final int WINDOW_FRAMES = 5;

    final Mixer mixer = new Mixer("test");
    final List<MixerParty> parties = new ArrayList<>();
    final List<FrameRecorder> heard = new ArrayList<>();
    private final java.util.Set<Integer> left = new java.util.HashSet<>();

    TestRoom(int n) {
        for (int i = 0; i < n; i++) {
            FrameRecorder out = new FrameRecorder();
            heard.add(out);
            parties.add(mixer.add(name(i), new SineSource(TONES[i], AMPLITUDE), out));
        }
    }

    static String name(int i) {
        return String.valueOf((char) ('A' + i));
    }

    MixerParty party(int i) {
        return parties.get(i);
    }

    /** Party i leaves the mixer; it is left out of {@link #whoHearsWhom}'s listeners from now on. */
    void remove(int i) {
        mixer.remove(parties.get(i));
        left.add(i);
    }

    void run(int ticks) {
        for (int t = 0; t < ticks; t++) {
            mixer.mix();
        }
    }

    /**
     * One line per listener, "A hears B C", from the last {@value #WINDOW_FRAMES} frames: a tone counts as heard
     * at 90-110 % of its amplitude, as not heard below 1 %; anything between is written "?X" so it fails any
     * expected matrix.
     */
    List<String> whoHearsWhom() {
        run(WINDOW_FRAMES);
        List<String> lines = new ArrayList<>();
        for (int listener = 0; listener < parties.size(); listener++) {
            if (left.contains(listener)) {
                continue;
            }
            short[] out = heard.get(listener).last(WINDOW_FRAMES);
            StringJoiner line = new StringJoiner(" ", name(listener) + " hears", "").setEmptyValue("");
            line.add("");
            for (int speaker = 0; speaker < parties.size(); speaker++) {
                double a = Signals.amplitude(out, 0, out.length, TONES[speaker], Pcm.RATE) / AMPLITUDE;
                if (a > 0.9 && a < 1.1) {
                    line.add(name(speaker));
                } else if (a >= 0.01) {
                    line.add("?" + name(speaker));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
