package org.centralino.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a recording holds, for tests that check audio went where it should: its level, its strongest frequency,
 * and how much of it, and for how long, is a tone of a given frequency.
 *
 * <p>The recording is cut into 50 ms frames (so frequency bins are 20 Hz apart whatever the sample rate), each
 * weighted with a Hann window. A frame's tone power at f is the Goertzel estimate of the DFT at f (the best of f
 * and f &plusmn; a quarter bin, which absorbs a recorder's small clock error), scaled so that a pure sine gives its
 * mean square; its total power is its windowed mean square. Their ratio is 1 for a pure tone, about 0.5 for each
 * of two equal tones, and near 0 for noise or another tone. Frames quieter than {@link #SILENCE_DBFS} never count
 * as tone, so an empty or silent recording contains no tone at all.
 */
public final class ToneAnalysis {
    /** Frames below this level (dB relative to full scale) are silence. */
    public static final double SILENCE_DBFS = -50;
    private static final double FRAME_SECONDS = 0.05;
    /** dominantFrequency() looks at this many frames at most, spread over the recording. */
    private static final int SPECTRUM_FRAMES = 40;

    private final double[] samples;
    private final int sampleRate;
    private final int frameLength;
    private final double[] window;
    private final double windowSum;
    private final double windowEnergy;

    private ToneAnalysis(double[] samples, int sampleRate) {
        this.samples = samples;
        this.sampleRate = sampleRate;
        this.frameLength = Math.max(8, (int) Math.round(sampleRate * FRAME_SECONDS));
        this.window = new double[frameLength];
        double sum = 0;
        double energy = 0;
        for (int i = 0; i < frameLength; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (frameLength - 1));
            sum += window[i];
            energy += window[i] * window[i];
        }
        this.windowSum = sum;
        this.windowEnergy = energy;
    }

    /** Analyses a 16-bit PCM WAV file (channels are averaged). */
    public static ToneAnalysis of(Path wav) throws IOException {
        return of(WavFile.read(wav));
    }

    public static ToneAnalysis of(WavFile wav) {
        return new ToneAnalysis(wav.mono(), wav.sampleRate());
    }

    /** Mono samples scaled to -1..1. */
    public static ToneAnalysis of(double[] samples, int sampleRate) {
        return new ToneAnalysis(samples.clone(), sampleRate);
    }

    public double seconds() {
        return (double) samples.length / sampleRate;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Root mean square of the whole recording, 0..1 of full scale (a full-scale sine is 0.707). */
    public double rms() {
        double sum = 0;
        for (double s : samples) {
            sum += s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    /** {@link #rms()} in dB relative to full scale; negative infinity for silence. */
    public double rmsDbfs() {
        return 20 * Math.log10(rms());
    }

    /**
     * The frequency (a multiple of 20 Hz) with the most power over the recording's loud frames, or NaN when the
     * recording is empty or silent.
     */
    public double dominantFrequency() {
        int frames = frames();
        double[] power = new double[frameLength / 2];
        int used = 0;
        for (int f = 0; f < frames; f += Math.max(1, frames / SPECTRUM_FRAMES)) {
            if (!loud(f)) {
                continue;
            }
            used++;
            for (int bin = 1; bin < power.length; bin++) {
                power[bin] += goertzel(f, (double) bin * sampleRate / frameLength);
            }
        }
        int best = 0;
        for (int bin = 1; bin < power.length; bin++) {
            best = power[bin] > power[best] ? bin : best;
        }
        return used == 0 ? Double.NaN : (double) best * sampleRate / frameLength;
    }

    /** The share (0..1) of the recording's power that is a tone at {@code hz}: 1 for a pure tone, 0 for silence. */
    public double toneFraction(double hz) {
        double tone = 0;
        double total = 0;
        for (int f = 0; f < frames(); f++) {
            total += framePower(f);
            tone += tonePower(f, hz);
        }
        return total == 0 ? 0 : Math.min(1, tone / total);
    }

    /** How many seconds (in all) are loud frames whose tone fraction at {@code hz} is at least {@code minRatio}. */
    public double secondsOfTone(double hz, double minRatio) {
        int count = 0;
        for (int f = 0; f < frames(); f++) {
            count += isTone(f, hz, minRatio) ? 1 : 0;
        }
        return count * frameSeconds();
    }

    /** The longest stretch, in seconds, of consecutive frames that are the tone (as in {@link #secondsOfTone}). */
    public double longestTone(double hz, double minRatio) {
        int best = 0;
        int run = 0;
        for (int f = 0; f < frames(); f++) {
            run = isTone(f, hz, minRatio) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best * frameSeconds();
    }

    /**
     * Whether the recording holds a tone at {@code hz} for at least {@code atLeast} in all, with a signal to
     * noise ratio (tone power over the rest, per frame) of at least {@code minSnrDb}.
     */
    public boolean containsTone(double hz, Duration atLeast, double minSnrDb) {
        double snr = Math.pow(10, minSnrDb / 10);
        return secondsOfTone(hz, snr / (1 + snr)) >= atLeast.toMillis() / 1000.0;
    }

    /** A one-line description for assertion messages. */
    public String describe(double... frequencies) {
        StringBuilder s = new StringBuilder(String.format("%.2f s at %d Hz, %.1f dBFS, dominant %.0f Hz",
            seconds(), sampleRate, rmsDbfs(), dominantFrequency()));
        for (double hz : frequencies) {
            s.append(String.format(", %.0f Hz: %.2f of the power, %.2f s at 0.8", hz, toneFraction(hz),
                secondsOfTone(hz, 0.8)));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private boolean isTone(int frame, double hz, double minRatio) {
        double total = framePower(frame);
        return loud(frame) && tonePower(frame, hz) >= minRatio * total;
    }

    private boolean loud(int frame) {
        return 10 * Math.log10(framePower(frame)) >= SILENCE_DBFS;
    }

    private int frames() {
        return samples.length / frameLength;
    }

    private double frameSeconds() {
        return (double) frameLength / sampleRate;
    }

    /** The windowed mean square of a frame. */
    private double framePower(int frame) {
        double sum = 0;
        int start = frame * frameLength;
        for (int i = 0; i < frameLength; i++) {
            double v = samples[start + i] * window[i];
            sum += v * v;
        }
        return sum / windowEnergy;
    }

    /** The power of a tone at {@code hz} in a frame, as a mean square (a sine of amplitude A gives A²/2). */
    private double tonePower(int frame, double hz) {
        double quarterBin = 0.25 * sampleRate / frameLength;
        double best = 0;
        for (double f : new double[] {hz - quarterBin, hz, hz + quarterBin}) {
            best = Math.max(best, goertzel(frame, f));
        }
        return best;
    }

    /** Goertzel: |X(f)|² of the windowed frame, scaled to the mean square of a sine at f. */
    private double goertzel(int frame, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
        double s1 = 0;
        double s2 = 0;
        int start = frame * frameLength;
        for (int i = 0; i < frameLength; i++) {
            double s0 = samples[start + i] * window[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double magnitudeSquared = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * magnitudeSquared / (windowSum * windowSum);
    }
}
